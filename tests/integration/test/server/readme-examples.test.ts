import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

/**
 * The ```ts blocks of the README's "Testing your code" section run as they are written: each is
 * written as a module of this workspace (so that its imports resolve as a user's would) and imported.
 */
const here = dirname(fileURLToPath(import.meta.url));
const readme = readFileSync(join(here, "../../../../README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Testing your code"), readme.indexOf("\n## ", readme.indexOf("## Testing your code") + 1));
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
const dir = join(here, ".readme-examples");

describe("the README's testing examples run", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has an example for the server, the fake and the test doubles", () => {
    expect(blocks).toHaveLength(3);
    expect(blocks.map((block) => /createLightsailServer|createFakeLightsail|mockLightsailClient/.exec(block)?.[0])).toEqual(["createLightsailServer", "createFakeLightsail", "mockLightsailClient"]);
  });

  blocks.forEach((block, index) => {
    it(`example ${index + 1}`, async () => {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `example-${index + 1}.ts`);
      writeFileSync(file, `${block}\nexport {};\n`);
      const logged: string[] = [];
      const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        log.mockRestore();
      }
      if (block.includes("mockLightsailClient")) {
        expect(logged.at(-1)).toBe('MockStubError: GetExportSnapshotRecords: the stubbed output: $.exportSnapshotRecords[0].state must be one of "Started", "Succeeded", "Failed"');
      }
      if (block.includes("createFakeLightsail")) expect(logged.length).toBeGreaterThan(0);
    });
  });
});
