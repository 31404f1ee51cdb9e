import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptorState, compare, select, waitUntil, WaiterFailureError, WaiterTimeoutError, type Acceptor, type CallOutcome, type WaiterDefinition } from "../src/index.js";

const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 100) };

class NotFound extends Error {
  override readonly name = "ResourceNotFoundException";
}
class Denied extends Error {
  override readonly name = "AccessDeniedException";
}

// DynamoDB's TableExists and TableNotExists, as the model writes them.
const tableExists: Acceptor[] = [
  { state: "success", matcher: { output: { path: "Table.TableStatus", expected: "ACTIVE", comparator: "stringEquals" } } },
  { state: "retry", matcher: { errorType: "ResourceNotFoundException" } },
];
const tableNotExists: Acceptor[] = [{ state: "success", matcher: { errorType: "com.amazonaws.dynamodb#ResourceNotFoundException" } }];

describe("comparators", () => {
  it("compare as the Smithy specification says", () => {
    const m = (comparator: "stringEquals" | "booleanEquals" | "allStringEquals" | "anyStringEquals", expected: string) => ({ path: "x", expected, comparator });
    expect(compare(m("stringEquals", "a"), "a")).toBe(true);
    expect(compare(m("stringEquals", "1"), 1)).toBe(false);
    expect(compare(m("booleanEquals", "true"), true)).toBe(true);
    expect(compare(m("booleanEquals", "false"), true)).toBe(false);
    expect(compare(m("booleanEquals", "true"), "true")).toBe(false);
    expect(compare(m("allStringEquals", "a"), ["a", "a"])).toBe(true);
    expect(compare(m("allStringEquals", "a"), [])).toBe(false);
    expect(compare(m("allStringEquals", "a"), ["a", "b"])).toBe(false);
    expect(compare(m("anyStringEquals", "a"), ["b", "a"])).toBe(true);
    expect(compare(m("anyStringEquals", "a"), [])).toBe(false);
    expect(compare(m("anyStringEquals", "a"), "a")).toBe(false);
  });

  it("select JMESPath values: projections, filters, functions; a Date is its ISO text", () => {
    const data = { Reservations: [{ Instances: [{ State: { Name: "running" } }, { State: { Name: "stopped" } }] }], At: new Date(0), $metadata: { x: 1 } };
    expect(select("Reservations[].Instances[].State.Name", data)).toEqual(["running", "stopped"]);
    expect(select("length(Reservations[].Instances[?State.Name == 'running'][]) > `0`", data)).toBe(true);
    expect(select("At", data)).toBe("1970-01-01T00:00:00.000Z");
    expect(select("$metadata", data)).toBeNull();
    expect(select("abs(`\"x\"`)", data)).toBeNull();
  });

  it("property: stringEquals on a path matches exactly the outputs whose value there is that string", () => {
    fc.assert(
      fc.property(fc.option(fc.oneof(fc.constantFrom("ACTIVE", "CREATING"), fc.integer(), fc.boolean()), { nil: undefined }), (status) => {
        const output = status === undefined ? {} : { Table: { TableStatus: status } };
        expect(acceptorState(tableExists, {}, { kind: "output", output })).toBe(status === "ACTIVE" ? "success" : undefined);
      }),
      RUNS,
    );
  });
});

describe("acceptorState", () => {
  it("takes the first matching acceptor, in order", () => {
    const acceptors: Acceptor[] = [
      { state: "failure", matcher: { success: true } },
      { state: "success", matcher: { output: { path: "ok", expected: "true", comparator: "booleanEquals" } } },
    ];
    expect(acceptorState(acceptors, {}, { kind: "output", output: { ok: true } })).toBe("failure");
  });

  it("matches success: false on an error, inputOutput against { input, output }, errorType by name or shape id", () => {
    expect(acceptorState([{ state: "retry", matcher: { success: false } }], {}, { kind: "error", error: new Denied() })).toBe("retry");
    const io: Acceptor = { state: "success", matcher: { inputOutput: { path: "input.Name == output.Name", expected: "true", comparator: "booleanEquals" } } };
    expect(acceptorState([io], { Name: "a" }, { kind: "output", output: { Name: "a" } })).toBe("success");
    expect(acceptorState([io], { Name: "a" }, { kind: "output", output: { Name: "b" } })).toBeUndefined();
    expect(acceptorState(tableNotExists, {}, { kind: "error", error: new NotFound() })).toBe("success");
    expect(acceptorState(tableNotExists, {}, { kind: "output", output: {} })).toBeUndefined();
  });
});

/** A waiter over a scripted sequence of outcomes; its delays are a millisecond. */
function scripted(acceptors: Acceptor[], outcomes: CallOutcome[]) {
  let calls = 0;
  const definition: WaiterDefinition<object, object, unknown> = {
    name: "Test",
    minDelay: 0.001,
    maxDelay: 0.001,
    acceptors,
    send: async () => {
      const outcome = outcomes[Math.min(calls++, outcomes.length - 1)]!;
      if (outcome.kind === "error") throw outcome.error;
      return outcome.output;
    },
  };
  return { definition, calls: () => calls };
}

const outcomes = fc.array(
  fc.oneof(
    fc.constantFrom("ACTIVE", "CREATING", "UPDATING").map((status): CallOutcome => ({ kind: "output", output: { Table: { TableStatus: status } } })),
    fc.constant<CallOutcome>({ kind: "output", output: {} }),
    fc.constant<CallOutcome>({ kind: "error", error: new NotFound("gone") }),
    fc.constant<CallOutcome>({ kind: "error", error: new Denied("no") }),
  ),
  { minLength: 1, maxLength: 6 },
);

describe("waitUntil", () => {
  it("property: stops at the first outcome an acceptor ends the wait with, or an unmatched error, else times out", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(tableExists, tableNotExists), outcomes, async (acceptors, sequence) => {
        // The sequence ends with a retrying outcome repeated until the timeout.
        const script = [...sequence, { kind: "output", output: { Table: { TableStatus: "CREATING" } } } as CallOutcome];
        const { definition, calls } = scripted(acceptors, script);
        const end = script.findIndex((outcome) => {
          const state = acceptorState(acceptors, {}, outcome);
          return state === "success" || state === "failure" || (state === undefined && outcome.kind === "error");
        });
        // A wait that must time out gets 0.2 s; one that an outcome ends gets all the time it needs (a busy machine is slow).
        const run = waitUntil(definition, { client: {}, maxWaitTime: end === -1 ? 0.2 : 60 }, {});
        if (end === -1) {
          const error = await run.then(() => undefined, (thrown: unknown) => thrown);
          expect(error).toBeInstanceOf(WaiterTimeoutError);
          // The last call's outcome: on a busy machine the 0.2 s can run out before the script's end.
          expect((error as WaiterTimeoutError).lastOutcome).toEqual(script[Math.min(calls(), script.length) - 1]);
          expect((error as WaiterTimeoutError).attempts).toBe(calls());
          return;
        }
        const outcome = script[end]!;
        const state = acceptorState(acceptors, {}, outcome);
        if (state === "success") {
          const result = await run;
          expect(result.state).toBe("SUCCESS");
          expect(result.reason).toBe(outcome.kind === "output" ? outcome.output : outcome.error);
        } else {
          await expect(run).rejects.toBe(outcome.kind === "error" ? outcome.error : expect.anything());
        }
        expect(calls()).toBe(end + 1);
      }),
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 40) },
    );
  });

  it("throws WaiterFailureError when a failure acceptor matches", async () => {
    const { definition } = scripted([{ state: "failure", matcher: { output: { path: "Table.TableStatus", expected: "DELETING", comparator: "stringEquals" } } }], [
      { kind: "output", output: { Table: { TableStatus: "DELETING" } } },
    ]);
    const error = await waitUntil(definition, { client: {}, maxWaitTime: 1 }, {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(WaiterFailureError);
    expect(error).toMatchObject({ waiter: "Test", attempts: 1, lastOutcome: { kind: "output" } });
  });

  it("ends at once with an error no acceptor matches, and times out with the last state", async () => {
    const denied = new Denied("no permission");
    const early = scripted(tableExists, [{ kind: "output", output: {} }, { kind: "error", error: denied }]);
    await expect(waitUntil(early.definition, { client: {}, maxWaitTime: 60 }, {})).rejects.toBe(denied);
    expect(early.calls()).toBe(2);
    const late = scripted(tableExists, [{ kind: "error", error: new NotFound() }]);
    const error = (await waitUntil(late.definition, { client: {}, maxWaitTime: 0.05 }, {}).catch((thrown: unknown) => thrown)) as WaiterTimeoutError;
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error.lastOutcome).toMatchObject({ kind: "error", error: { name: "ResourceNotFoundException" } });
    expect(error.message).toMatch(/^waiter Test timed out after 0.05 s and \d+ call\(s\); the last call threw ResourceNotFoundException/);
  });
});
