import type { PaginationConfiguration, Paginator } from "@smithy/types";
import { RepeatedPageTokenError } from "./repeated-page-token-error.js";

/**
 * How a paginator fetches its pages; a paginator package narrows `client` to its service's client.
 *
 * - `client`: sends each page request (only its `send` is used).
 * - `pageSize`: items per page, for operations that model a page size.
 * - `startingToken`: the token of the first page to fetch.
 * - `stopOnSameToken`: end quietly, instead of throwing a `RepeatedPageTokenError`, when the
 *   service returns a token it has already returned.
 */
export interface PageWalkConfiguration<Client> extends Omit<PaginationConfiguration, "client"> {
  client: Client;
}

/** What {@link walkPages} needs to know about one paginated operation. */
export interface PageWalk<Input extends object, Output extends object, Token> {
  /** The operation's name, for error messages. */
  readonly operationName: string;
  /** Sends the request of one page. */
  readonly send: (input: Input) => Promise<Output>;
  /** The token an input asks for, if it names one. */
  readonly currentToken: (input: Input) => Token | undefined;
  /** A copy of `input` that asks for the page of `token`. */
  readonly withToken: (input: Input, token: Token) => Input;
  /** A copy of `input` that asks for pages of `pageSize` items; absent when the operation has no page size. */
  readonly withPageSize?: (input: Input, pageSize: number) => Input;
  /** The token of the page after `page`, if there is one. */
  readonly nextToken: (page: Output) => Token | undefined;
}

/**
 * Yields every page of a paginated operation, in order. It stops when a page has no next token
 * (absent, null, an empty string or an empty map). A next token that any earlier page (or the
 * starting token) already named throws a {@link RepeatedPageTokenError}, or ends the walk when
 * `stopOnSameToken` is set. The input is never mutated and tokens are passed on unchanged.
 */
export async function* walkPages<Input extends object, Output extends object, Token>(
  config: Omit<PaginationConfiguration, "client">,
  input: Input,
  walk: PageWalk<Input, Output, Token>,
): Paginator<Output> {
  const first = config.pageSize !== undefined && walk.withPageSize ? walk.withPageSize(input, config.pageSize) : input;
  const startingToken = (config.startingToken ?? undefined) as Token | undefined;
  let request = isPresent(startingToken) ? walk.withToken(first, startingToken) : first;
  const seen = new Set<string>();
  const requested = walk.currentToken(request);
  if (isPresent(requested)) seen.add(tokenKey(requested));
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await walk.send(request);
    yield page;
    const next = walk.nextToken(page);
    if (!isPresent(next)) return undefined;
    const key = tokenKey(next);
    if (seen.has(key)) {
      if (config.stopOnSameToken) return undefined;
      throw new RepeatedPageTokenError(walk.operationName, next, pageNumber);
    }
    seen.add(key);
    request = walk.withToken(request, next);
  }
}

/**
 * Yields every item of every page of `pages`, in order: `items` picks a page's items (a missing
 * list counts as none).
 */
export async function* walkItems<Page, Item>(pages: AsyncIterable<Page>, items: (page: Page) => readonly Item[] | undefined): AsyncGenerator<Item, undefined, unknown> {
  for await (const page of pages) yield* items(page) ?? [];
  return undefined;
}

/** Whether a token names a further page: absent, null, `""` and `{}` do not. */
function isPresent<Token>(token: Token | null | undefined): token is Token {
  if (token === undefined || token === null || token === "") return false;
  return typeof token !== "object" || Object.keys(token).length > 0;
}

/** A key that is equal for equal tokens: the string itself, or canonical JSON for a map token. */
export function tokenKey(token: unknown): string {
  return typeof token === "string" ? `s:${token}` : `j:${JSON.stringify(token, sortKeys)}`;
}

function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || ArrayBuffer.isView(value)) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
