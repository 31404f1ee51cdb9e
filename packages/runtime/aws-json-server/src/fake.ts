import { ProtocolError, type HandlerTable } from "./handle.js";
import { createAwsJsonServer, type AwsJsonServer, type AwsJsonServerOptions } from "./server.js";
import type { AwsJsonServerService, OperationHandler, ServerContext } from "./service.js";

/** How a paginated operation of a fake pages through its data set (`@paginated`, property paths). */
export interface FakePages {
  /** The input property carrying the page token. */
  readonly inputToken: string;
  /** The input property limiting the page size, if the model has one. */
  readonly pageSize?: string;
  /** The output properties down to the next token. */
  readonly outputToken: readonly string[];
  /** The output properties down to the page's list of items. */
  readonly items: readonly string[];
  /** Makes the arbitrary of the items' list, drawn from to build the data set. */
  readonly itemList: () => unknown;
  /** The list's `@length` maximum: a page never holds more. */
  readonly maxItems?: number;
}

/** What a fake answers an operation with. */
export interface FakeOperation {
  /** Makes the arbitrary of its output (called once, when first needed); absent for an operation without output. */
  readonly output?: () => unknown;
  readonly pages?: FakePages;
  /** Input properties with `@idempotencyToken`: a client fills them with a new value each call, so they do not choose the answer. */
  readonly idempotencyTokens?: readonly string[];
  /**
   * A paginated operation the fake cannot page (its token is not a string, or its items not a list):
   * the output properties down to its next token, removed, so that every answer is the last page.
   */
  readonly lastPage?: readonly string[];
}

/** A service's fake, as its server package declares it: an arbitrary per operation, by method name. */
export interface FakeDefinition {
  /** Draws one value of an arbitrary for a seed (fast-check's `sample(arbitrary, { seed, numRuns: 1 })[0]`). */
  readonly draw: (arbitrary: unknown, seed: number) => unknown;
  readonly operations: Readonly<Record<string, FakeOperation>>;
}

export interface FakeOptions<Handlers extends object = object> extends AwsJsonServerOptions {
  /** The seed of every answer: the same seed and input give the same output (default 0). */
  readonly seed?: number;
  /** Handlers that replace the fake's answer of their operations. */
  readonly handlers?: Partial<Handlers>;
  /** Items per page when the request sets no page size (default 10). */
  readonly pageSize?: number;
  /** How many items a paginated operation's data set holds at least, when its arbitrary allows (default 25). */
  readonly itemCount?: number;
}

const TOKEN_PREFIX = "FakePage";

/**
 * A server that answers every operation of `service` with data drawn from the model's arbitraries:
 * deterministic for a seed and an input (the same call gets the same answer), and for paginated
 * operations a stable data set per input, paged by the operation's token (`FakePage<offset>`, letters and digits; a
 * token the fake did not give is answered with the operation's validation error). Any operation can
 * be answered by a handler of `options.handlers` instead.
 */
export function createFakeAwsJsonServer<Handlers extends object>(
  service: AwsJsonServerService,
  definition: FakeDefinition,
  options: FakeOptions<Handlers> = {},
): AwsJsonServer {
  const seed = options.seed ?? 0;
  const dataSets = new Map<string, unknown[]>();
  const handlers: Record<string, OperationHandler<Record<string, unknown>, unknown>> = {};
  for (const operation of Object.values(service.operations)) {
    const fake = definition.operations[operation.method];
    const override = (options.handlers as Record<string, OperationHandler<never, unknown> | undefined> | undefined)?.[operation.method];
    if (override) {
      handlers[operation.method] = (input, context) => override.call(options.handlers, input as never, context);
      continue;
    }
    if (!fake) continue;
    let outputs: unknown;
    let lists: unknown;
    handlers[operation.method] = (input: Record<string, unknown>, context: ServerContext) => {
      const pages = fake.pages;
      const chosen = { ...input };
      for (const token of fake.idempotencyTokens ?? []) delete chosen[token];
      const key = canonicalJson(pages ? withoutPaging(chosen, pages) : chosen);
      if (fake.output === undefined) return undefined;
      outputs ??= fake.output();
      const output = definition.draw(outputs, hashSeed(seed, operation.name, key)) as Record<string, unknown>;
      if (fake.lastPage) setPath(output, fake.lastPage, undefined);
      if (!pages) return output;
      const dataKey = `${operation.name} ${key}`;
      let items = dataSets.get(dataKey);
      if (!items) {
        lists ??= pages.itemList();
        items = dataSet(definition, lists, hashSeed(seed, `${operation.name} items`, key), options.itemCount ?? 25);
        dataSets.set(dataKey, items);
      }
      const token = input[pages.inputToken];
      const offset = token === undefined || token === null || token === "" ? 0 : offsetOf(token);
      if (offset === undefined || offset > items.length) {
        const code = operation.validationError ?? "ValidationException";
        const status = operation.errors.find((error) => error.code === code)?.status ?? 400;
        throw new ProtocolError(status, code, `${context.operation}: $.${pages.inputToken} ${JSON.stringify(token)} is not a page token this server gave`);
      }
      const requested = pages.pageSize === undefined ? undefined : input[pages.pageSize];
      let size = typeof requested === "number" && requested > 0 ? Math.floor(requested) : (options.pageSize ?? 10);
      if (pages.maxItems !== undefined) size = Math.min(size, pages.maxItems);
      const next = offset + size < items.length ? pageTokenFor(offset + size) : undefined;
      setPath(output, pages.items, items.slice(offset, offset + size));
      setPath(output, pages.outputToken, next);
      return output;
    };
  }
  return createAwsJsonServer(service, handlers as HandlerTable, options);
}

/** The data set of a paginated operation: lists drawn until it holds `count` items (or 50 draws). */
function dataSet(definition: FakeDefinition, lists: unknown, seed: number, count: number): unknown[] {
  const items: unknown[] = [];
  for (let draw = 0; draw < 50 && items.length < count; draw++) {
    const list = definition.draw(lists, (seed + draw) | 0);
    if (Array.isArray(list)) items.push(...list);
  }
  return items;
}

/**
 * The token of the page at `offset`: `FakePage` and the offset in 20 digits, 28 letters and digits,
 * so that it meets the constraints services put on their tokens: Lightsail's GetSetupHistory wants
 * 24 to 40 base64 characters, some services whole base64 groups of four, and DynamoDB's ListTables
 * no more than letters, digits, `_`, `.` and `-` (no `+`, `/` or `=`).
 */
function pageTokenFor(offset: number): string {
  return `${TOKEN_PREFIX}${String(offset).padStart(20, "0")}`;
}

function offsetOf(token: unknown): number | undefined {
  if (typeof token !== "string" || !token.startsWith(TOKEN_PREFIX)) return undefined;
  const digits = token.slice(TOKEN_PREFIX.length);
  return /^\d{20}$/.test(digits) ? Number(digits) : undefined;
}

function withoutPaging(input: Record<string, unknown>, pages: FakePages): Record<string, unknown> {
  const { [pages.inputToken]: _token, ...rest } = input;
  if (pages.pageSize !== undefined) delete rest[pages.pageSize];
  return rest;
}

/** Sets the value at a property path, making the objects on the way; `undefined` deletes it. */
function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let object = target;
  for (const key of path.slice(0, -1)) {
    const inner = object[key];
    if (typeof inner !== "object" || inner === null) {
      if (value === undefined) return;
      object[key] = {};
    }
    object = object[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete object[last];
  else object[last] = value;
}

/** FNV-1a of the seed, the operation and the input: a 32-bit seed for fast-check. */
function hashSeed(seed: number, name: string, key: string): number {
  let hash = 0x811c9dc5 ^ (seed | 0);
  for (const text of [name, key]) {
    for (let index = 0; index < text.length; index++) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0xff;
  }
  return hash | 0;
}

/** JSON text of an input with sorted keys, dates, bytes and big numbers written out: equal inputs, equal text. */
function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value instanceof Uint8Array) return `[${Array.from(value).join(",")}]`;
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0 && value.constructor?.name === "NumericValue") return String(value);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(",")}}`;
  }
  return typeof value === "number" && !Number.isFinite(value) ? JSON.stringify(String(value)) : JSON.stringify(value);
}
