import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { HttpResponse, type HttpRequest } from "@smithy/core/protocols";
import { afterAll, describe, expect, it } from "vitest";
import { flattenMixins, loadModel, loadModelFromSources } from "../../src/index.js";
import { generateService, type GenerateResult } from "../../src/core/pipeline.js";
import { PACKAGE_ROLES } from "../../src/core/symbols.js";
import type { Target } from "../../src/core/target.js";
import { writeGeneratedFiles } from "../../src/core/write-output.js";
import type { Model } from "../../src/model/model.js";
import { targetFor } from "../../src/targets/index.js";

/**
 * Compile-and-run of the client features a plain model does not exercise: `@requestCompression`
 * (a small awsJson1_0 model) and the Amazon Machine Learning customization (the official model).
 * Each is generated, built and type-checked under `strict`; the compression client's generated
 * suite runs (gzip, `requestTimeout` against a silent server), and Predict is sent through the
 * built Machine Learning client.
 */

const codegen = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const root = join(codegen, ".tmp", `client-features-${process.pid}`);
const bin = (name: string): string => join(codegen, "node_modules", ".bin", name);
const officialMachineLearning = "/work/shared/models/aws/machine-learning-2014-12-12.json";

afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

const COMPRESSION_MODEL = `$version: "2.0"
namespace example.metrics
use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_0

@service(sdkId: "Metric Sink")
@sigv4(name: "metrics")
@awsJson1_0
@smithy.rules#endpointRuleSet({
    version: "1.0"
    parameters: {
        Region: { type: "string", builtIn: "AWS::Region", required: false }
        Endpoint: { type: "string", builtIn: "SDK::Endpoint", required: false }
    }
    rules: [
        { type: "endpoint", conditions: [{ fn: "isSet", argv: [{ ref: "Endpoint" }] }], endpoint: { url: { ref: "Endpoint" } } }
        { type: "endpoint", conditions: [{ fn: "isSet", argv: [{ ref: "Region" }] }], endpoint: { url: "https://metrics.{Region}.amazonaws.com" } }
        { type: "error", conditions: [], error: "no Region" }
    ]
})
service MetricSink { version: "2024-01-01", operations: [ListMetrics, PutMetrics] }

operation ListMetrics {
    input := { prefix: String, unit: Unit }
    output := { names: Names }
    errors: [Throttled]
}

@error("client")
structure Throttled { message: String }

enum Unit { SECONDS, BYTES }

@requestCompression(encodings: ["gzip"])
operation PutMetrics {
    input := { @required name: String, values: Values }
}

list Names { member: String }
list Values { member: Double }
`;

function targets(): Target[] {
  return PACKAGE_ROLES.map((role) => {
    const target = targetFor(role);
    if (!target) throw new Error(`no target is registered for the ${role} package`);
    return target;
  });
}

function generateInto(name: string, model: Model): { dir: string; result: GenerateResult } {
  const result = generateService(flattenMixins(model), targets());
  const dir = join(root, name);
  writeGeneratedFiles(dir, result.packages.map((pkg) => pkg.dir), result.files);
  mkdirSync(join(dir, "node_modules", "@smithy-gen"), { recursive: true });
  for (const pkg of result.packages) symlinkSync(join(dir, pkg.dir), join(dir, "node_modules", pkg.name), "dir");
  return { dir, result };
}

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe", timeout: 540_000, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", PATH: `${dirname(bin("tsc"))}:${process.env.PATH ?? ""}` } });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${failure.stdout ?? ""}${failure.stderr ?? failure.message}`.slice(0, 6000));
  }
}

/**
 * Builds each package with its own build script, as `pnpm build` does (ES modules and
 * CommonJS: their d.ts are what the next package compiles against, and Node.js and vitest load the
 * CommonJS build), then typechecks src + test of each.
 */
function compile(dir: string, result: GenerateResult): void {
  for (const role of ["types", "serde", "client", "paginators"] as const) {
    const cwd = join(dir, result.packages.find((entry) => entry.role === role)!.dir);
    const build = (JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build;
    run("sh", ["-c", build], cwd);
    run(bin("tsc"), ["-p", "tsconfig.json"], cwd);
  }
}

/** A request handler that records each request and answers `{}`. */
function recordingHandler() {
  const requests: HttpRequest[] = [];
  return {
    requests,
    async handle(request: HttpRequest) {
      requests.push(request);
      const body = Readable.from([Buffer.from("{}")]);
      return { response: new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.1" }, body }) };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
}

interface MachineLearningModule {
  MachineLearningClient: new (config: object) => { send(command: unknown): Promise<unknown>; destroy(): void };
  PredictCommand: new (input: object) => unknown;
  DescribeMLModelsCommand: new (input: object) => unknown;
  MachineLearningSerializationError: new (...args: never[]) => Error;
}

/** Run by `node` in the generated directory: how each package entry loads through `import` and `require`. */
const NODE_LOADING_SCRIPT = `import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const report = {};
for (const name of process.argv.slice(2)) {
  const viaImport = await import(name);
  const viaRequire = require(name);
  const esm = await import(require.resolve(name).replace("/dist/cjs/", "/dist/esm/"));
  const names = Object.keys(esm).sort();
  report[name] = {
    imported: import.meta.resolve(name).slice(import.meta.resolve(name).indexOf("/dist/") + 1),
    required: require.resolve(name).slice(require.resolve(name).indexOf("/dist/") + 1),
    missingFromImport: names.filter((key) => !(key in viaImport)),
    sameInstance: names.every((key) => viaImport[key] === viaRequire[key]),
    names: names.length,
  };
}
console.log(JSON.stringify(report));
`;

/**
 * Builds an error with the arbitraries, in ES modules and in CommonJS, and compares its class with
 * the one the types and client packages export: one copy of each class per process.
 */
const IDENTITY_SCRIPT = (load: (name: string) => string): string => `${load("fast-check")}
const types = ${load("@smithy-gen/metric-sink-types")};
const arbitraries = ${load("@smithy-gen/metric-sink-types/arbitraries")};
const client = ${load("@smithy-gen/metric-sink-client")};
const [error] = fc.sample(arbitraries.arbitraryThrottled(), { numRuns: 1, seed: 1 });
const [unit] = fc.sample(arbitraries.arbitraryUnit(), { numRuns: 1, seed: 1 });
console.log(JSON.stringify({
  sameClass: error.constructor === types.Throttled,
  sameAsClient: client.Throttled === types.Throttled && client.MetricSinkServiceException === types.MetricSinkServiceException,
  knownEnumValue: Object.values(types.Unit).includes(unit),
}));
`;

describe("client features, compiled and run", () => {
  it("@requestCompression: only the operations with the trait gzip, the options type-check, the generated suite passes", { timeout: 900_000 }, () => {
    const { dir, result } = generateInto("metric-sink", loadModelFromSources([{ path: "metrics.smithy", text: COMPRESSION_MODEL }]).model);
    const file = (path: string): string => result.files.find((entry) => entry.path === path)!.content;
    expect(file("metric-sink-client/src/commands/put-metrics-command.ts")).toContain('  getCompressionPlugin(config, { encodings: ["gzip"] }),\n');
    expect(file("metric-sink-client/src/commands/list-metrics-command.ts")).not.toContain("getCompressionPlugin");
    expect(JSON.parse(file("metric-sink-client/package.json")).dependencies).toHaveProperty("@smithy/middleware-compression");
    compile(dir, result);
    const output = run(bin("vitest"), ["run", "--reporter=verbose", "test/client.test.ts"], join(dir, "metric-sink-client"));
    expect(output).toContain("gzips the body of PutMetrics from requestMinCompressionSizeBytes on, unless disableRequestCompression");
    expect(output).toContain("ends a request that outlasts requestTimeout with a TimeoutError, and retries it");
    expect(output).toMatch(/Tests\s+\d+ passed/);
    expect(output).not.toMatch(/failed/);
  });

  it("on Node.js, import and require both load the CommonJS build: one instance, every named export", { timeout: 900_000 }, () => {
    const { dir, result } = generateInto("metric-sink-node", loadModelFromSources([{ path: "metrics.smithy", text: COMPRESSION_MODEL }]).model);
    compile(dir, result);
    writeFileSync(join(dir, "loading.mjs"), NODE_LOADING_SCRIPT);
    const entries = ["@smithy-gen/metric-sink-client", "@smithy-gen/metric-sink-paginators", "@smithy-gen/metric-sink-serde", "@smithy-gen/metric-sink-types"];
    const arbitraries = "@smithy-gen/metric-sink-types/arbitraries";
    type Loading = { imported: string; required: string; missingFromImport: string[]; sameInstance: boolean; names: number };
    const report = JSON.parse(run(process.execPath, ["loading.mjs", ...entries, arbitraries], dir)) as Record<string, Loading>;
    for (const entry of entries) {
      expect({ entry, ...report[entry]!, names: report[entry]!.names > 0 }).toEqual({
        entry,
        imported: "dist/cjs/index.js",
        required: "dist/cjs/index.js",
        missingFromImport: [],
        sameInstance: true,
        names: true,
      });
    }
    // The arbitraries follow their importer, so that they use the same fast-check build as it does.
    expect([report[arbitraries]!.imported, report[arbitraries]!.required]).toEqual(["dist/esm/arbitraries.js", "dist/cjs/arbitraries.js"]);
    // ...and reach the package's classes through its name, so that an error an arbitrary builds is
    // an instance of the one class the package exports, from ES modules and from CommonJS.
    writeFileSync(join(dir, "identity.mjs"), IDENTITY_SCRIPT((name) => (name === "fast-check" ? 'import * as fc from "fast-check";' : `await import("${name}")`)));
    writeFileSync(join(dir, "identity.cjs"), IDENTITY_SCRIPT((name) => (name === "fast-check" ? 'const fc = require("fast-check");' : `require("${name}")`)));
    for (const script of ["identity.mjs", "identity.cjs"]) {
      expect({ script, ...JSON.parse(run(process.execPath, [script], dir)) }).toEqual({ script, sameClass: true, sameAsClient: true, knownEnumValue: true });
    }

    // TypeScript users of either module system see complete types (a command is a Command of the client).
    const consumer = ['import { MetricSinkClient, PutMetricsCommand } from "@smithy-gen/metric-sink-client";', 'export const sent = new MetricSinkClient({}).send(new PutMetricsCommand({ name: "a" }));', ""];
    writeFileSync(join(dir, "consumer.mts"), consumer.join("\n"));
    writeFileSync(join(dir, "consumer.cts"), consumer.join("\n"));
    const compilerOptions = { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, skipLibCheck: true, types: [] };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["consumer.mts", "consumer.cts"] }));
    expect(run(bin("tsc"), ["-p", "tsconfig.json"], dir)).toBe("");
  });

  it("Amazon Machine Learning: Predict goes to the input's PredictEndpoint, signed for it; other operations do not", { timeout: 900_000 }, async () => {
    const { dir, result } = generateInto("machine-learning", loadModel([officialMachineLearning]).model);
    compile(dir, result);
    const module = (await import(pathToFileURL(join(dir, "machine-learning-client", "dist", "esm", "index.js")).href)) as MachineLearningModule;
    const handler = recordingHandler();
    const client = new module.MachineLearningClient({
      region: "us-east-1",
      credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" },
      requestHandler: handler,
      maxAttempts: 1,
    });
    try {
      await client.send(new module.PredictCommand({ MLModelId: "ml-1", Record: { a: "1" }, PredictEndpoint: "https://realtime.machinelearning.us-east-1.amazonaws.com:8443/" }));
      await client.send(new module.DescribeMLModelsCommand({}));
      const [predict, describeModels] = handler.requests;
      expect([predict!.protocol, predict!.hostname, predict!.port, predict!.path]).toEqual(["https:", "realtime.machinelearning.us-east-1.amazonaws.com", 8443, "/"]);
      expect(predict!.headers.host).toBe("realtime.machinelearning.us-east-1.amazonaws.com:8443");
      expect(predict!.headers.authorization).toMatch(/SignedHeaders=[^,]*host/);
      expect(JSON.parse(String(predict!.body))).toEqual({ MLModelId: "ml-1", Record: { a: "1" }, PredictEndpoint: "https://realtime.machinelearning.us-east-1.amazonaws.com:8443/" });
      expect(describeModels!.hostname).toBe("machinelearning.us-east-1.amazonaws.com");

      const error = await client.send(new module.PredictCommand({ MLModelId: "ml-1", Record: {}, PredictEndpoint: "not a url" })).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(module.MachineLearningSerializationError);
      expect(error).toMatchObject({ operation: "Predict", path: "$.PredictEndpoint", received: 'string "not a url"' });
      expect(handler.requests).toHaveLength(2);
    } finally {
      client.destroy();
    }
  });
});
