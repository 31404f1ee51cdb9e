import { ShapeMismatchError } from "@smithy-gen/serde-core";
import type { Handler, InitializeHandlerOptions, InitializeMiddleware, MetadataBearer } from "@smithy/types";
import { checkConstraints } from "./constraints.js";
import type { AwsJsonServerService, ServerError, ServerOperation } from "./service.js";

/** A stub the model forbids: names the operation and the JSON path of the bad value. */
export class MockStubError extends Error {
  override readonly name = "MockStubError";
}

/** A client whose middleware stack the mock joins. */
export interface MockableClient {
  readonly middlewareStack: {
    add(middleware: InitializeMiddleware<object, MetadataBearer>, options: InitializeHandlerOptions & { name: string; override?: boolean }): void;
    remove(name: string): boolean;
  };
  send(command: unknown, ...rest: unknown[]): Promise<unknown>;
}

/** A generated command class (`GetExportSnapshotRecordsCommand`). */
export type CommandClass = abstract new (input: never) => { readonly input: object };

type CommandInput<C extends CommandClass> = InstanceType<C>["input"];
type CommandOutput<C extends CommandClass> = InstanceType<C> extends { resolveMiddleware(...args: never[]): Handler<never, infer Output> } ? Output : object;

/** Members of `T`, any of them left out, at any depth. */
export type DeepPartial<T> = T extends Date | Uint8Array ? T : T extends (infer Item)[] ? DeepPartial<Item>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** One recorded call: the operation and the input the client sent. */
export interface MockCall {
  readonly operation: string;
  readonly input: object;
}

/** How the stubs of `on(command, input?)` answer. */
export interface MockStub<Output> {
  /** Answers with `output` (its `$metadata` is the mock's), checked against the model now. */
  resolves(output: Omit<Output, "$metadata">): ClientMock;
  /** Answers by throwing `error`, which must be a modelled error of the operation, checked against the model now. */
  rejects(error: Error): ClientMock;
}

export interface ClientMock {
  /** Stubs the calls of `command` whose input holds `input` (a partial, compared member by member); the latest matching stub answers. */
  on<C extends CommandClass>(command: C, input?: DeepPartial<CommandInput<C>>): MockStub<CommandOutput<C>>;
  /** Every call answered or refused so far, in order. */
  calls(): readonly MockCall[];
  /** The calls of one command. */
  callsOf<C extends CommandClass>(command: C): readonly CommandInput<C>[];
  /** Forgets the stubs and the calls. */
  reset(): ClientMock;
  /** Takes the mock off the client (or the client class) again. */
  restore(): void;
}

interface Stub {
  readonly operation: string;
  readonly input?: object;
  readonly answer: { readonly output: object } | { readonly error: Error };
}

const MIDDLEWARE = "smithyGenMockClient";

/**
 * Mocks a client of `service` (an instance, or its class: every instance then, on its first call):
 * a middleware at the start of the client's stack answers each call from the stubs, so that no
 * request is built or sent, and records it. A stubbed output or error is checked against the model
 * when it is stubbed: a value of the wrong type, a member the model does not define, a constraint
 * broken, or an error class that is not one of the operation's throws a `MockStubError` naming the
 * operation and the JSON path. A call no stub matches throws a `MockStubError` too.
 */
export function mockAwsJsonClient(service: AwsJsonServerService, client: object): ClientMock {
  const target = client as MockableClient | (abstract new (...args: never[]) => MockableClient);
  if (typeof target !== "function" && typeof (target as Partial<MockableClient>).middlewareStack?.add !== "function") {
    throw new TypeError(`mock a ${service.serviceName} client or its class, not ${describe(client)}`);
  }
  let stubs: Stub[] = [];
  let calls: MockCall[] = [];
  const operationOf = (command: CommandClass): ServerOperation => {
    const name = command.name.replace(/Command$/, "");
    const operation = Object.hasOwn(service.operations, name) ? service.operations[name] : undefined;
    if (!operation) throw new MockStubError(`${command.name} is not a command of ${service.serviceName}`);
    return operation;
  };
  const middleware: InitializeMiddleware<object, MetadataBearer> = (_next, context) => async (args) => {
    const operation = String(context.commandName ?? "").replace(/Command$/, "");
    calls.push({ operation, input: args.input });
    const stub = [...stubs].reverse().find((entry) => entry.operation === operation && (entry.input === undefined || holds(args.input, entry.input)));
    if (!stub) throw new MockStubError(`${service.serviceName}.${operation}: no stub answers the input ${describe(args.input)}`);
    if ("error" in stub.answer) throw stub.answer.error;
    return { output: { ...stub.answer.output, $metadata: { httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 } } as MetadataBearer, response: undefined };
  };
  const options = { step: "initialize" as const, priority: "high" as const, name: MIDDLEWARE, override: true };

  const patched = new Set<MockableClient>();
  let restore: () => void;
  if (typeof target === "function") {
    const prototype = target.prototype as MockableClient;
    const send = prototype.send;
    prototype.send = function (this: MockableClient, ...args: Parameters<MockableClient["send"]>) {
      if (!patched.has(this)) {
        this.middlewareStack.add(middleware, options);
        patched.add(this);
      }
      return send.apply(this, args);
    };
    restore = () => {
      prototype.send = send;
      for (const client of patched) client.middlewareStack.remove(MIDDLEWARE);
      patched.clear();
    };
  } else {
    target.middlewareStack.add(middleware, options);
    restore = () => void target.middlewareStack.remove(MIDDLEWARE);
  }

  const mock: ClientMock = {
    on(command, input) {
      const operation = operationOf(command);
      return {
        resolves(output) {
          checkOutput(service, operation, output);
          stubs.push({ operation: operation.name, ...(input !== undefined ? { input: input as object } : {}), answer: { output } });
          return mock;
        },
        rejects(error) {
          checkError(service, operation, error);
          stubs.push({ operation: operation.name, ...(input !== undefined ? { input: input as object } : {}), answer: { error } });
          return mock;
        },
      };
    },
    calls: () => [...calls],
    callsOf: (command) => calls.filter((call) => call.operation === operationOf(command).name).map((call) => call.input as never),
    reset() {
      stubs = [];
      calls = [];
      return mock;
    },
    restore: () => restore(),
  };
  return mock;
}

function checkOutput(service: AwsJsonServerService, operation: ServerOperation, output: object): void {
  if (operation.eventStream) {
    const { member } = operation.eventStream;
    const stream = (output as Record<string, unknown>)[member] as Partial<AsyncIterable<unknown>> | undefined;
    if (typeof stream?.[Symbol.asyncIterator] !== "function") {
      throw new MockStubError(`${operation.name}: the stubbed output's ${member} must be an async iterable of events, not ${describe(stream)}`);
    }
    return;
  }
  if (!operation.writeOutput) {
    if (Object.keys(output).length > 0) throw new MockStubError(`${operation.name} has no output, the stub gives ${describe(output)}`);
    return;
  }
  checkValue(service, `${operation.name}: the stubbed output`, output, operation.writeOutput, operation.outputShape);
}

function checkError(service: AwsJsonServerService, operation: ServerOperation, error: Error): void {
  const shapeId = (error?.constructor as { shapeId?: unknown } | undefined)?.shapeId;
  const modelled: ServerError | undefined = operation.errors.find(
    (entry) => error instanceof (entry.errorClass as unknown as abstract new () => Error) || (shapeId !== undefined && entry.errorClass.shapeId === shapeId),
  );
  if (!modelled) {
    const codes = operation.errors.map((entry) => entry.code).join(", ") || "none";
    throw new MockStubError(`${operation.name} does not throw ${error?.name ?? String(error)}: its errors are ${codes}`);
  }
  checkValue(service, `${operation.name}: the stubbed ${modelled.code}`, error, modelled.serialize, modelled.code);
}

/** Writes `value` as the server would (types), then checks the model's constraints and unknown members on the JSON. */
function checkValue(service: AwsJsonServerService, what: string, value: object, write: (value: never, path?: string) => unknown, shape: string | undefined): void {
  let json: unknown;
  try {
    json = write(value as never, "$");
  } catch (error) {
    if (error instanceof ShapeMismatchError) throw new MockStubError(`${what}: ${error.path}: expected ${error.expected}, received ${error.received}`);
    throw new MockStubError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const unknown = unknownProperties(value, json, "$", value instanceof Error);
  const violations = shape && Object.hasOwn(service.constraints, shape) ? checkConstraints(service.constraints, shape, json) : [];
  const problems = [...unknown.map((path) => `${path} is not a member of the model`), ...violations.map((violation) => `${violation.path} ${violation.message}`)];
  if (problems.length) throw new MockStubError(`${what}: ${problems.join("; ")}`);
}

/** Error properties that are no member: every error and ServiceException has them. */
const ERROR_FIELDS = new Set(["name", "message", "stack", "cause", "$fault", "$metadata", "$retryable", "$response"]);

/** Properties of `value` (set, not undefined) that its JSON does not carry: members the model does not define. */
function unknownProperties(value: unknown, json: unknown, path: string, isError = false): string[] {
  if (Array.isArray(value) && Array.isArray(json)) return value.flatMap((item, index) => unknownProperties(item, json[index], `${path}[${index}]`));
  if (!isPlainObject(value, isError) || typeof json !== "object" || json === null || Array.isArray(json)) return [];
  const out: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || (isError && ERROR_FIELDS.has(key))) continue;
    const wire = Object.hasOwn(json, key) ? key : key.endsWith("_") && Object.hasOwn(json, key.slice(0, -1)) ? key.slice(0, -1) : undefined;
    if (wire === undefined) out.push(/^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);
    else out.push(...unknownProperties(item, (json as Record<string, unknown>)[wire], `${path}.${key}`));
  }
  return out;
}

function isPlainObject(value: unknown, isError: boolean): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  if (isError) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Whether `value` holds every member `partial` sets, at any depth. */
function holds(value: unknown, partial: unknown): boolean {
  if (partial === undefined) return true;
  if (partial instanceof Date) return value instanceof Date && value.getTime() === partial.getTime();
  if (partial instanceof Uint8Array) return value instanceof Uint8Array && value.length === partial.length && value.every((byte, index) => byte === partial[index]);
  if (Array.isArray(partial)) return Array.isArray(value) && value.length === partial.length && partial.every((item, index) => holds(value[index], item));
  if (typeof partial === "object" && partial !== null) {
    if (typeof value !== "object" || value === null) return false;
    return Object.entries(partial).every(([key, item]) => holds((value as Record<string, unknown>)[key], item));
  }
  return Object.is(value, partial);
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item));
    return text.length > 200 ? `${text.slice(0, 200)}...` : text;
  } catch {
    return String(value);
  }
}
