import { readFileSync } from "node:fs";
import { generateService } from "@smithy-gen/codegen";
import { describe, expect, it } from "vitest";
import { servicesOf } from "../../src/cases.js";
import { generatorTargets } from "../../src/generate.js";
import { loadSuite } from "../../src/load-suite.js";
import { PROTOCOL_NAMES } from "../../src/protocols.js";

const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { devDependencies: Record<string, string> };

describe("the workspace's dependencies", () => {
  it("include every package the generated test services depend on, so that their imports resolve here", () => {
    const needed = new Set<string>();
    // The generated packages resolve each other through the aliases of vitest.config.ts; every
    // other dependency, the runtime packages of the workspace (`workspace:^`) included, through
    // this workspace's node_modules.
    const generated = new Set<string>();
    for (const protocol of PROTOCOL_NAMES) {
      const { model } = loadSuite(protocol);
      for (const service of servicesOf(model, protocol)) {
        for (const file of generateService(model, generatorTargets(), { service: service.id }).files) {
          if (!file.path.endsWith("/package.json")) continue;
          const pkg = JSON.parse(file.content) as { name: string; dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
          generated.add(pkg.name);
          for (const name of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) needed.add(name);
        }
      }
    }
    for (const name of generated) needed.delete(name);
    expect(needed.size).toBeGreaterThan(0);
    expect([...needed]).toContain("@smithy-gen/serde-cbor");
    const missing = [...needed].filter((name) => !(name in manifest.devDependencies)).sort();
    expect(missing).toEqual([]);
  });
});
