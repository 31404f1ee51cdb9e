import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONFIG_FILE_NAME, ConfigError, configSchema, readConfig } from "../../src/config/config-file.js";
import { formatJsonPath, parseLocatedJson } from "../../src/config/json-locations.js";
import { SUPPORTED_KEYWORDS, validateJson, type JsonSchema } from "../../src/config/json-schema.js";
import { formatDiagnostic } from "../../src/model/diagnostics.js";
import { REPO_ROOT } from "../support/paths.js";

const root = mkdtempSync(join(tmpdir(), "smithy-gen-config-"));
mkdirSync(join(root, "model"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const VALID = { output: "packages", runtime: "workspace", services: [{ models: ["model"], service: "com.example#Weather", scope: "@acme" }] };

/** The errors a configuration text gives, as the CLI prints them. */
function errorsOf(text: string): string[] {
  const file = join(root, CONFIG_FILE_NAME);
  writeFileSync(file, text);
  try {
    readConfig(file, CONFIG_FILE_NAME);
  } catch (error) {
    if (error instanceof ConfigError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}
const errorsOfValue = (value: unknown): string[] => errorsOf(`${JSON.stringify(value, null, 2)}\n`);
const service = (entry: Record<string, unknown>) => ({ ...VALID, services: [{ ...VALID.services[0], ...entry }] });

describe("smithy-gen.config.json", () => {
  it("reads a valid configuration, resolving paths against its directory", () => {
    const file = join(root, CONFIG_FILE_NAME);
    writeFileSync(file, JSON.stringify({ $schema: "./schema.json", ...VALID, services: [{ ...VALID.services[0], prefix: "wx", operations: ["GetForecast"] }] }));
    const config = readConfig(file, CONFIG_FILE_NAME);
    expect(config).toMatchObject({ dir: root, output: join(root, "packages"), runtime: "workspace" });
    expect(config.services).toEqual([
      { index: 0, models: [join(root, "model")], service: "com.example#Weather", scope: "@acme", prefix: "wx", operations: ["GetForecast"] },
    ]);
  });

  it("names the file, line, column and JSON path of a bad value", () => {
    expect(errorsOfValue(service({ scope: "x" }))).toEqual([`${CONFIG_FILE_NAME}:10:16: services[0].scope: expected an npm scope such as @my-org, got "x"`]);
    expect(errorsOfValue(service({ service: "Weather" }))).toEqual([
      `${CONFIG_FILE_NAME}:9:18: services[0].service: expected an absolute shape id such as com.example#Weather, got "Weather"`,
    ]);
    expect(errorsOfValue({ ...VALID, runtime: "copy" })).toEqual([`${CONFIG_FILE_NAME}:3:14: runtime: expected one of "workspace", "vendor", got "copy"`]);
    expect(errorsOfValue({ ...VALID, output: 3 })).toEqual([`${CONFIG_FILE_NAME}:2:13: output: expected a directory path such as packages, got 3`]);
    expect(errorsOfValue(service({ models: [] }))).toEqual([`${CONFIG_FILE_NAME}:6:17: services[0].models: expected a list of model paths with at least 1 item, got 0`]);
    expect(errorsOfValue(service({ operations: ["Get", "Get"] }))).toEqual([`${CONFIG_FILE_NAME}:13:9: services[0].operations[1]: "Get" is listed twice`]);
    expect(errorsOfValue(service({ prefix: "Weather" }))[0]).toMatch(/services\[0\]\.prefix: expected a package name prefix such as weather/);
  });

  it("names an unknown key at the key, and a missing one at its object", () => {
    expect(errorsOf('{\n  "outptu": "x",\n  "output": "packages", "runtime": "vendor", "services": []\n}\n')).toEqual([
      `${CONFIG_FILE_NAME}:2:3: outptu: unknown key "outptu"; expected one of "$schema", "output", "runtime", "services"`,
      `${CONFIG_FILE_NAME}:3:58: services: expected a list of services with at least 1 item, got 0`,
    ]);
    const { scope: _scope, ...noScope } = VALID.services[0]!;
    expect(errorsOfValue({ ...VALID, services: [noScope] })).toEqual([`${CONFIG_FILE_NAME}:5:5: services[0]: missing "scope" (an npm scope such as @my-org)`]);
  });

  it("reports invalid JSON at the place the parser names", () => {
    expect(errorsOf('{\n  "output": "packages",\n}\n')).toEqual([expect.stringMatching(new RegExp(`^${CONFIG_FILE_NAME}:3:1: invalid JSON: `))]);
  });

  it("checks what the schema cannot: models that exist, and one prefix per scope", () => {
    const twice = { ...VALID, services: [{ ...VALID.services[0], prefix: "wx" }, { ...VALID.services[0], service: "com.example#Other", prefix: "wx", models: ["nope"] }] };
    expect(errorsOfValue(twice)).toEqual([
      `${CONFIG_FILE_NAME}:15:9: services[1].models[0]: no such file or directory: ${join(root, "nope")}`,
      `${CONFIG_FILE_NAME}:19:17: services[1].prefix: services[0] already names its packages @acme/wx-*; give each service its own prefix`,
    ]);
  });
});

describe("the configuration schema", () => {
  it("uses only the JSON Schema keywords the validator understands, so that the file and the checks cannot disagree", () => {
    const visit = (schema: JsonSchema, path: string): void => {
      for (const key of Object.keys(schema)) expect(SUPPORTED_KEYWORDS.has(key), `${path}: ${key}`).toBe(true);
      for (const [name, property] of Object.entries(schema.properties ?? {})) visit(property, `${path}.${name}`);
      if (schema.items) visit(schema.items, `${path}[]`);
      if (schema.type === "string" && !schema.enum) expect(schema.title, `${path} has a title for its errors`).toBeDefined();
    };
    visit(configSchema(), "(root)");
  });

  it("is what the configuration's $schema points at", () => {
    const config = JSON.parse(readFileSync(join(REPO_ROOT, CONFIG_FILE_NAME), "utf8")) as { $schema: string };
    expect(JSON.parse(readFileSync(join(REPO_ROOT, config.$schema), "utf8"))).toEqual(configSchema());
  });

  it("validates values by type, pattern, enum, length, items and keys", () => {
    const schema: JsonSchema = { type: "object", additionalProperties: false, required: ["a"], properties: { a: { type: "array", items: { type: "string", pattern: "^x" } } } };
    expect(validateJson({ a: ["xy"] }, schema)).toEqual([]);
    expect(validateJson({ a: ["y"], b: 1 }, schema)).toEqual([
      { path: ["a", 0], message: 'expected a string matching ^x, got "y"' },
      { path: ["b"], atKey: true, message: 'unknown key "b"; expected one of "a"' },
    ]);
    expect(validateJson([], schema)).toEqual([{ path: [], message: "expected an object, got an array" }]);
  });
});

describe("JSON locations", () => {
  it("finds each value and key by its path, and formats paths", () => {
    const json = parseLocatedJson("f.json", '{\n  "a": [1, {"b": "c\\"]"}],\n  "d": null\n}');
    expect(json.locate(["a", 1, "b"])).toEqual({ file: "f.json", line: 2, column: 18 });
    expect(json.locate(["a", 1, "b"], { key: true })).toEqual({ file: "f.json", line: 2, column: 13 });
    expect(json.locate(["d"])).toEqual({ file: "f.json", line: 3, column: 8 });
    expect(json.locate(["a", 7])).toEqual({ file: "f.json", line: 2, column: 8 });
    expect(formatJsonPath(["services", 0, "models", 2])).toBe("services[0].models[2]");
    expect(formatJsonPath(["$schema"])).toBe("$schema");
    expect(formatJsonPath(["a b"])).toBe('["a b"]');
    expect(formatJsonPath([])).toBe("(root)");
  });
});

describe("this repository's configuration", () => {
  const file = join(REPO_ROOT, CONFIG_FILE_NAME);

  it("is valid, and its output is the packages/ directory the workspace lists", () => {
    const config = readConfig(file, CONFIG_FILE_NAME);
    expect(config.output).toBe(join(REPO_ROOT, "packages"));
    expect(config.runtime).toBe("workspace");
    expect(config.services.length).toBeGreaterThan(0);
  });

  it("is an input of turbo's //#generate task, as is every model path it lists", () => {
    const turbo = JSON.parse(readFileSync(join(REPO_ROOT, "turbo.json"), "utf8")) as { tasks: Record<string, { inputs: string[] }> };
    const inputs = turbo.tasks["//#generate"]!.inputs;
    expect(inputs).toContain(CONFIG_FILE_NAME);
    for (const entry of readConfig(file, CONFIG_FILE_NAME).services) {
      for (const model of entry.models) {
        const path = model.slice(REPO_ROOT.length).replace(/\/$/, "");
        expect(inputs.some((glob) => glob === path || glob.startsWith(`${path}/**`)), `${path} in ${inputs.join(", ")}`).toBe(true);
      }
    }
  });
});
