import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModelFromSources } from "../../src/assembly/load.js";
import { generateService } from "../../src/core/pipeline.js";
import { RUNTIME_EXPORTS, RUNTIME_PACKAGES } from "../../src/core/runtime-symbols.js";
import { TARGETS } from "../../src/targets/index.js";
import { REPO_ROOT } from "../support/paths.js";

/** The directory of a runtime package and the source file of one of its entry points (`.` or a subpath). */
function entrySource(module: string): string {
  const [scope, name, ...subpath] = module.split("/");
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "packages/runtime", name!, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, { import: { default: string } }>;
  };
  expect(manifest.name).toBe(`${scope}/${name}`);
  const entry = manifest.exports[subpath.length ? `./${subpath.join("/")}` : "."];
  if (!entry) throw new Error(`${module}: no such entry point in packages/runtime/${name}/package.json`);
  const built = entry.import.default; // ./dist/esm/<stem>.js
  return join(REPO_ROOT, "packages/runtime", name!, built.replace("./dist/esm/", "src/").replace(/\.js$/, ".ts"));
}

/** The names each TypeScript module exports, read from its source with the compiler (one program for all). */
function exportedNames(files: readonly string[]): Map<string, Set<string>> {
  const program = ts.createProgram([...files], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  return new Map(
    files.map((file) => {
      const source = program.getSourceFile(file);
      if (!source) throw new Error(`cannot read ${file}`);
      const symbol = checker.getSymbolAtLocation(source);
      return [file, new Set(symbol ? checker.getExportsOfModule(symbol).map((exported) => exported.name) : [])];
    }),
  );
}

describe("the runtime symbol table", () => {
  let exports: Map<string, Set<string>>;
  beforeAll(() => {
    exports = exportedNames(Object.keys(RUNTIME_EXPORTS).map(entrySource));
  }, 120_000);

  it.each(Object.keys(RUNTIME_EXPORTS))("%s exports every name the generator imports from it", (module) => {
    const exported = exports.get(entrySource(module))!;
    const missing = RUNTIME_EXPORTS[module as keyof typeof RUNTIME_EXPORTS].filter((name) => !exported.has(name));
    expect(missing).toEqual([]);
  });

  it("lists each runtime package of packages/runtime once", () => {
    expect(RUNTIME_PACKAGES).toEqual([
      "@smithy-gen/arbitraries",
      "@smithy-gen/aws-client",
      "@smithy-gen/aws-json-protocol",
      "@smithy-gen/aws-json-server",
      "@smithy-gen/pagination",
      "@smithy-gen/rpcv2-cbor-protocol",
      "@smithy-gen/serde-cbor",
      "@smithy-gen/serde-core",
      "@smithy-gen/serde-json",
      "@smithy-gen/waiters",
    ]);
  });
});

describe("generated package names", () => {
  it("refuse a service whose package would take a runtime package's name", () => {
    const model = loadModelFromSources([
      {
        path: "aws.smithy",
        text: '$version: "2"\nnamespace example.aws\nuse aws.api#service\nuse aws.protocols#awsJson1_0\n@awsJson1_0\n@service(sdkId: "AWS")\nservice Aws { version: "2024-01-01" }\n',
      },
    ]).model;
    expect(() => generateService(model, TARGETS)).toThrow(/would be named @smithy-gen\/aws-client, like a runtime package of smithy-gen/);
    expect(generateService(model, TARGETS, { settings: { scope: "@my-org" } }).packages.map((pkg) => pkg.name)).toContain("@my-org/aws-client");
  });
});
