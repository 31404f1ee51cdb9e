import type { PackageBuilder } from "../../core/generated-package.js";
import { kebabCase, lowerFirst } from "../../core/naming.js";
import { runtimeSymbol } from "../../core/runtime-symbols.js";
import type { TargetContext } from "../../core/target.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import { getTrait } from "../../model/model.js";
import { compareCodeUnits, isNodeObject, type NodeObject } from "../../model/node.js";
import type { OperationShape } from "../../model/shapes.js";
import { compactNodeLiteral } from "./node-literal.js";

const WAITABLE = "smithy.waiters#waitable";
const WAITERS = "@smithy-gen/waiters";

/** One waiter of `smithy.waiters#waitable`, with the operation it polls. */
export interface WaiterEntry {
  readonly name: string;
  readonly operation: OperationShape;
  readonly waiter: NodeObject;
  /** `waitUntilTableExists`, in `src/waiters/wait-until-table-exists.ts`. */
  readonly functionName: string;
  readonly file: string;
}

/** Every waiter of the service's operations, sorted by name (waiter names are unique in a service). */
export function waitersOf(context: TargetContext): WaiterEntry[] {
  const out: WaiterEntry[] = [];
  for (const operation of context.index.operations) {
    const waitable = getTrait(operation, WAITABLE);
    if (!isNodeObject(waitable)) continue;
    for (const [name, waiter] of Object.entries(waitable)) {
      if (!isNodeObject(waiter)) continue;
      out.push({ name, operation, waiter, functionName: `waitUntil${name}`, file: `src/waiters/wait-until-${kebabCase(name)}.ts` });
    }
  }
  return out.sort((a, b) => compareCodeUnits(a.name, b.name));
}

/**
 * `src/waiters/wait-until-<name>.ts`: the waiter's definition (the model's acceptors as data) and
 * `waitUntil<Name>(config, input)`, the official SDK's signature, on `waitUntil` of `@smithy-gen/waiters`.
 */
export function writeWaiterFile(context: TargetContext, pkg: PackageBuilder, entry: WaiterEntry): void {
  const { symbols } = context;
  const { operation, waiter, name, functionName } = entry;
  const file = pkg.tsFile(entry.file);
  file.declare(functionName);
  const client = file.type({ name: symbols.clientHome().name, from: symbols.clientHome().file });
  const command = file.value({ name: symbols.commandHome(operation).name, from: symbols.commandHome(operation).file });
  const inputName = file.type({ name: symbols.commandInputHome(operation).name, from: symbols.commandInputHome(operation).file });
  const outputName = file.type({ name: symbols.commandOutputHome(operation).name, from: symbols.commandOutputHome(operation).file });
  const configuration = file.type({ name: "WaiterConfiguration", from: "@smithy/types" });
  const definitionType = file.type(runtimeSymbol(WAITERS, "WaiterDefinition"));
  const success = file.type(runtimeSymbol(WAITERS, "WaiterSuccess"));
  const waitUntil = file.value(runtimeSymbol(WAITERS, "waitUntil"));
  const minDelay = typeof waiter.minDelay === "number" ? waiter.minDelay : 2;
  const maxDelay = typeof waiter.maxDelay === "number" ? waiter.maxDelay : 120;
  const acceptors = Array.isArray(waiter.acceptors) ? waiter.acceptors : [];
  const definitionName = `${lowerFirst(name)}Waiter`;
  file.declare(definitionName);

  file.doc([`The waiter \`${name}\` of \`${operation.id}\`: its delays and acceptors, in the model's order.`]);
  file.block(`const ${definitionName}: ${definitionType}<${client}, ${inputName}, ${outputName}> = {`, () => {
    file.line(`name: ${JSON.stringify(name)},`);
    file.line(`minDelay: ${minDelay},`);
    file.line(`maxDelay: ${maxDelay},`);
    file.line(`send: (client, input) => client.send(new ${command}(input)),`);
    file.block("acceptors: [", () => {
      for (const acceptor of acceptors) file.line(`${compactNodeLiteral(acceptor)},`);
    }, "],");
  }, "};");
  file.line();
  const docs = typeof waiter.documentation === "string" ? docToTsdoc(waiter.documentation) : [];
  file.doc([
    ...(docs.length ? docs : [`Waits until \`${symbols.operationName(operation)}\` reaches the state the waiter \`${name}\` describes.`]),
    "",
    `Polls \`${symbols.commandHome(operation).name}\` every ${minDelay} to ${maxDelay} seconds (exponential backoff with jitter) until an acceptor`,
    "ends the wait. Resolves with the output (or error) a success acceptor matched; throws `WaiterFailureError` when a",
    "failure acceptor matches, the error itself when the call fails with an error no acceptor matches, and",
    "`WaiterTimeoutError` (with the last output or error seen) when `maxWaitTime` seconds pass.",
    "",
    `Waiter: \`${name}\` of \`${operation.id}\``,
    ...(waiter.deprecated === true ? ["@deprecated"] : []),
  ]);
  file.block(
    `export function ${functionName}(config: ${configuration}<${client}>, input: ${inputName}): Promise<${success}<${outputName}>> {`,
    () => file.line(`return ${waitUntil}(${definitionName}, config, input);`),
  );
}

/** The runtime's waiter errors, re-exported by a client package that has waiters. */
export const WAITER_ERRORS = ["WaiterAbortedError", "WaiterFailureError", "WaiterTimeoutError"] as const;

/**
 * `test/waiters.test.ts`: each waiter driven by a real client whose middleware answers with
 * arbitrary outputs and errors (the acceptors' error types and one no acceptor names): the wait
 * ends at the first outcome an acceptor ends it with (or at an unmatched error, thrown as it is),
 * after as many calls, and otherwise times out with a `WaiterTimeoutError` holding the last outcome.
 */
export function writeWaiterTestFile(context: TargetContext, pkg: PackageBuilder, entries: readonly WaiterEntry[]): void {
  const { symbols, index } = context;
  const file = pkg.tsFile("test/waiters.test.ts");
  const fc = (name: string): string => file.value({ name, from: "fast-check" });
  const describe = file.value({ name: "describe", from: "vitest" });
  const expect = file.value({ name: "expect", from: "vitest" });
  const it = file.value({ name: "it", from: "vitest" });
  const client = file.value({ name: symbols.clientHome().name, from: symbols.clientHome().file });
  const exception = file.value(symbols.symbol(symbols.serviceExceptionHome(), "client"));
  const acceptorState = file.value(runtimeSymbol(WAITERS, "acceptorState"));
  const timeoutError = file.value(runtimeSymbol(WAITERS, "WaiterTimeoutError"));
  const failureError = file.value(runtimeSymbol(WAITERS, "WaiterFailureError"));
  const acceptorType = file.type(runtimeSymbol(WAITERS, "Acceptor"));

  file.line("const numRuns = Number(process.env.FC_NUM_RUNS ?? 20);");
  file.line();
  file.line("type Outcome = { kind: \"output\"; output: object } | { kind: \"error\"; error: Error };");
  file.line();
  file.doc(["A client whose n-th call ends with `outcomes[n]` (the last one repeats), without any network."]);
  file.block(`function scripted(outcomes: readonly Outcome[]): { client: ${client}; calls: () => number } {`, () => {
    file.line(`const client = new ${client}({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" } });`);
    file.line("let calls = 0;");
    file.line("client.middlewareStack.add(");
    file.indent(() => {
      file.block("() => async () => {", () => {
        file.line("const outcome = outcomes[Math.min(calls++, outcomes.length - 1)]!;");
        file.line("if (outcome.kind === \"error\") throw outcome.error;");
        file.line("return { output: { ...outcome.output, $metadata: {} }, response: {} };");
      }, "},");
      file.line('{ step: "initialize", name: "scriptedOutcomes" },');
    });
    file.line(");");
    file.line("return { client, calls: () => calls };");
  });
  file.line();
  file.doc(["An error of the service named `name`, as the client throws one the model does not know."]);
  file.block("function serviceError(name: string): Error {", () => {
    file.line(`return new ${exception}({ name, $fault: "client", $metadata: { httpStatusCode: 400 }, message: name });`);
  });
  file.line();
  file.doc(["Fast delays and a short deadline, so that a run takes milliseconds."]);
  file.line("const fast = { minDelay: 0.001, maxDelay: 0.001, maxWaitTime: 0.1 };");
  file.line();

  for (const entry of entries) {
    const { operation, waiter, name, functionName } = entry;
    const wait = file.value({ name: functionName, from: entry.file });
    const arbitraryOutput = `${file.value(symbols.symbol(symbols.arbitraryHome(index.outputOf(operation)), "client"))}({ maxDepth: 1 })`;
    const inputExample = "{} as never";
    const acceptors = Array.isArray(waiter.acceptors) ? waiter.acceptors : [];
    const errorTypes = [...new Set(acceptors.flatMap((acceptor) => {
      const matcher = isNodeObject(acceptor) ? acceptor.matcher : undefined;
      return isNodeObject(matcher) && typeof matcher.errorType === "string" ? [matcher.errorType.slice(matcher.errorType.indexOf("#") + 1)] : [];
    }))].sort(compareCodeUnits);
    const errorNames = [...errorTypes, "UnmatchedByAnyAcceptorException"];
    file.block(`${describe}(${JSON.stringify(functionName)}, () => {`, () => {
      file.line(`const acceptors: readonly ${acceptorType}[] = [`);
      for (const acceptor of acceptors) file.line(`  ${compactNodeLiteral(acceptor)},`);
      file.line("];");
      file.block(`const outcome = ${fc("oneof")}(`, () => {
        file.line(`${arbitraryOutput}.map((output): Outcome => ({ kind: "output", output })),`);
        file.line(`${fc("constantFrom")}(${errorNames.map((error) => JSON.stringify(error)).join(", ")}).map((error): Outcome => ({ kind: "error", error: serviceError(error) })),`);
      }, ");");
      file.line();
      file.block(`${it}("ends at the first outcome an acceptor or an unmatched error ends it with, after as many calls, else times out", async () => {`, () => {
        file.line(`await ${fc("assert")}(`);
        file.indent(() => {
          file.block(`${fc("asyncProperty")}(${fc("array")}(outcome, { minLength: 1, maxLength: 5 }), async (outcomes) => {`, () => {
            file.line("const { client, calls } = scripted(outcomes);");
            file.line("const input = " + inputExample + ";");
            file.block("const end = outcomes.findIndex((outcome) => {", () => {
              file.line(`const state = ${acceptorState}(acceptors, input, outcome);`);
              file.line("return state === \"success\" || state === \"failure\" || (state === undefined && outcome.kind === \"error\");");
            }, "});");
            file.line(`const settled = await ${wait}({ client, ...fast }, input).then((result) => ({ result }), (error: unknown) => ({ error }));`);
            file.block("if (end === -1) {", () => {
              file.line(`${expect}("error" in settled && settled.error).toBeInstanceOf(${timeoutError});`);
              file.line(`const last = outcomes[outcomes.length - 1]!;`);
              file.line(`${expect}(("error" in settled && (settled.error as InstanceType<typeof ${timeoutError}>).lastOutcome)).toMatchObject({ kind: last.kind });`);
              file.line("return;");
            });
            file.line("const last = outcomes[end]!;");
            file.line(`const state = ${acceptorState}(acceptors, input, last);`);
            file.line(`if (state === "success") ${expect}("result" in settled && settled.result.state).toBe("SUCCESS");`);
            file.line(`else if (state === "failure") ${expect}("error" in settled && settled.error).toBeInstanceOf(${failureError});`);
            file.line(`else ${expect}("error" in settled && settled.error).toBe(last.kind === "error" ? last.error : undefined);`);
            file.line(`${expect}(calls()).toBe(end + 1);`);
            file.line("client.destroy();");
          }, "}),");
          file.line("{ numRuns },");
        });
        file.line(");");
      }, "}, 60_000);");
      file.line();
      file.block(`${it}("throws an error no acceptor matches at the first call, without waiting for the deadline", async () => {`, () => {
        file.line("const unmatched = serviceError(\"UnmatchedByAnyAcceptorException\");");
        file.line("const { client, calls } = scripted([{ kind: \"error\", error: unmatched }]);");
        file.line(`await ${expect}(${wait}({ client, minDelay: 1, maxDelay: 1, maxWaitTime: 3600 }, ${inputExample})).rejects.toBe(unmatched);`);
        file.line(`${expect}(calls()).toBe(1);`);
      }, "});");
    }, "});");
    file.line();
    void name;
  }
}
