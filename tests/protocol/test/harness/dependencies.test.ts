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
    for (const protocol of PROTOCOL_NAMES) {
      const { model } = loadSuite(protocol);
      for (const service of servicesOf(model, protocol)) {
        for (const file of generateService(model, generatorTargets(), { service: service.id }).files) {
          if (!file.path.endsWith("/package.json")) continue;
          const generated = JSON.parse(file.content) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
          for (const [name, range] of Object.entries({ ...generated.dependencies, ...generated.peerDependencies })) {
            if (!range.startsWith("workspace:")) needed.add(name);
          }
        }
      }
    }
    expect(needed.size).toBeGreaterThan(0);
    const missing = [...needed].filter((name) => !(name in manifest.devDependencies)).sort();
    expect(missing).toEqual([]);
  });
});
