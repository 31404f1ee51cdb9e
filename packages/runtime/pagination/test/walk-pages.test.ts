import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { RepeatedPageTokenError, tokenKey, walkItems, walkPages, type PageWalk } from "../src/index.js";

interface ListInput {
  readonly filter?: string;
  readonly nextToken?: unknown;
  readonly maxResults?: number;
}

interface ListOutput {
  readonly items?: string[];
  readonly nextToken?: unknown;
}

/** A service whose pages are given in order; the n-th request gets the n-th page. */
function pagedService(pages: readonly ListOutput[], options: { pageSize?: boolean } = {}) {
  const requests: ListInput[] = [];
  let index = 0;
  const send = vi.fn(async (input: ListInput): Promise<ListOutput> => {
    requests.push(input);
    const page = pages[index++];
    if (!page) throw new Error(`no page ${index}`);
    return page;
  });
  const walk: PageWalk<ListInput, ListOutput, unknown> = {
    operationName: "ListThings",
    send,
    currentToken: (input) => input.nextToken,
    withToken: (input, token) => ({ ...input, nextToken: token }),
    ...(options.pageSize === false ? {} : { withPageSize: (input: ListInput, pageSize: number) => ({ ...input, maxResults: pageSize }) }),
    nextToken: (page) => page.nextToken,
  };
  return { walk, send, requests };
}

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/** The pages yielded before the walk ended, and the error it ended with. */
async function collectUntilError<T>(pages: AsyncIterable<T>): Promise<{ pages: T[]; error: unknown }> {
  const out: T[] = [];
  try {
    for await (const page of pages) out.push(page);
  } catch (error) {
    return { pages: out, error };
  }
  return { pages: out, error: undefined };
}

describe("walkPages", () => {
  it("yields every page in order, passing each next token on", async () => {
    const pages = [{ items: ["a"], nextToken: "t1" }, { items: ["b"], nextToken: "t2" }, { items: ["c"] }];
    const { walk, requests } = pagedService(pages);
    expect(await collect(walkPages({}, { filter: "f" }, walk))).toEqual(pages);
    expect(requests).toEqual([{ filter: "f" }, { filter: "f", nextToken: "t1" }, { filter: "f", nextToken: "t2" }]);
  });

  it.each<[string, unknown]>([
    ["absent", undefined],
    ["null", null],
    ["an empty string", ""],
    ["an empty map", {}],
  ])("stops when the next token is %s", async (_what, token) => {
    const { walk, send } = pagedService([{ items: ["a"], nextToken: "t1" }, { items: ["b"], nextToken: token }, { items: ["never"] }]);
    const pages = await collect(walkPages({}, {}, walk));
    expect(pages.map((page) => page.items)).toEqual([["a"], ["b"]]);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("starts at the starting token", async () => {
    const { walk, requests } = pagedService([{ nextToken: "t2" }, {}]);
    await collect(walkPages({ startingToken: "t1" }, {}, walk));
    expect(requests).toEqual([{ nextToken: "t1" }, { nextToken: "t2" }]);
  });

  it.each([null, undefined, ""])("ignores a starting token of %j", async (startingToken) => {
    const { walk, requests } = pagedService([{}]);
    await collect(walkPages({ startingToken }, {}, walk));
    expect(requests).toEqual([{}]);
  });

  it("passes map tokens on unchanged", async () => {
    const token = { shard: "s-1", offset: 42 };
    const { walk, requests } = pagedService([{ nextToken: token }, {}]);
    await collect(walkPages({}, {}, walk));
    expect(requests[1]!.nextToken).toBe(token);
  });

  it("asks for pages of pageSize items when the operation has a page size, on every page", async () => {
    const { walk, requests } = pagedService([{ nextToken: "t1" }, {}]);
    await collect(walkPages({ pageSize: 25 }, { filter: "f" }, walk));
    expect(requests).toEqual([
      { filter: "f", maxResults: 25 },
      { filter: "f", maxResults: 25, nextToken: "t1" },
    ]);
  });

  it("ignores pageSize for an operation without a page size", async () => {
    const { walk, requests } = pagedService([{ nextToken: "t1" }, {}], { pageSize: false });
    await collect(walkPages({ pageSize: 25 }, {}, walk));
    expect(requests).toEqual([{}, { nextToken: "t1" }]);
  });

  it("sends pageSize 0 as it is", async () => {
    const { walk, requests } = pagedService([{}]);
    await collect(walkPages({ pageSize: 0 }, {}, walk));
    expect(requests).toEqual([{ maxResults: 0 }]);
  });

  it("never mutates the input", async () => {
    const input: ListInput = Object.freeze({ filter: "f", nextToken: "t0" });
    const { walk } = pagedService([{ nextToken: "t1" }, { nextToken: "t2" }, {}]);
    await collect(walkPages({ pageSize: 5, startingToken: "s" }, input, walk));
    expect(input).toEqual({ filter: "f", nextToken: "t0" });
  });

  it("throws RepeatedPageTokenError when a page repeats the token of the page before", async () => {
    const { walk, send } = pagedService([{ nextToken: "t1" }, { nextToken: "t1" }, {}]);
    const { pages, error } = await collectUntilError(walkPages({}, {}, walk));
    expect(pages).toHaveLength(2);
    expect(error).toBeInstanceOf(RepeatedPageTokenError);
    expect(error).toMatchObject({ name: "RepeatedPageTokenError", operationName: "ListThings", token: "t1", pageNumber: 2 });
    expect((error as Error).message).toMatch(/^ListThings: page 2 returned the next token "t1", which an earlier page already returned/);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("throws RepeatedPageTokenError when a page repeats the token of any earlier page", async () => {
    const { walk, send } = pagedService([{ nextToken: "a" }, { nextToken: "b" }, { nextToken: "c" }, { nextToken: "a" }, {}]);
    const { pages, error } = await collectUntilError(walkPages({}, {}, walk));
    expect(pages).toHaveLength(4);
    expect(error).toMatchObject({ operationName: "ListThings", token: "a", pageNumber: 4 });
    expect(send).toHaveBeenCalledTimes(4);
  });

  it("counts the starting token as seen", async () => {
    const { walk } = pagedService([{ nextToken: "a" }, { nextToken: "start" }, {}]);
    const { pages, error } = await collectUntilError(walkPages({ startingToken: "start" }, {}, walk));
    expect(pages).toHaveLength(2);
    expect(error).toMatchObject({ token: "start", pageNumber: 2 });
  });

  it("counts a token the input itself names as seen", async () => {
    const { walk } = pagedService([{ nextToken: "own" }, {}]);
    const { error } = await collectUntilError(walkPages({}, { nextToken: "own" }, walk));
    expect(error).toMatchObject({ token: "own", pageNumber: 1 });
  });

  it("stops quietly on a repeated token with stopOnSameToken, after yielding the page that repeated it", async () => {
    const { walk, send } = pagedService([{ items: ["1"], nextToken: "a" }, { items: ["2"], nextToken: "b" }, { items: ["3"], nextToken: "a" }, { items: ["never"] }]);
    const pages = await collect(walkPages({ stopOnSameToken: true }, {}, walk));
    expect(pages.map((page) => page.items)).toEqual([["1"], ["2"], ["3"]]);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it("compares map tokens by content, whatever the order of their keys", async () => {
    const { walk } = pagedService([{ nextToken: { a: 1, b: { c: 2, d: 3 } } }, { nextToken: { x: 1 } }, { nextToken: { b: { d: 3, c: 2 }, a: 1 } }, {}]);
    const { pages, error } = await collectUntilError(walkPages({}, {}, walk));
    expect(pages).toHaveLength(3);
    expect(error).toMatchObject({ pageNumber: 3, token: { b: { d: 3, c: 2 }, a: 1 } });
  });

  it("does not mistake different map tokens for a repeated one", async () => {
    const { walk } = pagedService([{ nextToken: { a: 1 } }, { nextToken: { a: 2 } }, { nextToken: { a: 1, b: 1 } }, { nextToken: { b: 1 } }, { nextToken: "{\"a\":1}" }, {}]);
    expect(await collect(walkPages({}, {}, walk))).toHaveLength(6);
  });
});

describe("tokenKey", () => {
  it("is equal for maps that differ only in key order, at any depth", () => {
    expect(tokenKey({ a: 1, b: { c: [1, { e: 1, d: 2 }], f: null } })).toBe(tokenKey({ b: { f: null, c: [1, { d: 2, e: 1 }] }, a: 1 }));
  });

  it("tells strings from other tokens of the same text", () => {
    expect(tokenKey("1")).not.toBe(tokenKey(1));
    expect(tokenKey('{"a":1}')).not.toBe(tokenKey({ a: 1 }));
    // Whatever the text of a string token, it never collides with a map token's key.
    expect(tokenKey(tokenKey({ a: 1 }))).not.toBe(tokenKey({ a: 1 }));
    expect(tokenKey(tokenKey(7))).not.toBe(tokenKey(7));
    expect(tokenKey("x")).toBe(tokenKey("x"));
  });

  it("keeps the order of list items", () => {
    expect(tokenKey([1, 2])).not.toBe(tokenKey([2, 1]));
  });

  it("property: equal for any reordering of a map's keys, different for different content", () => {
    const map = fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean()), { minKeys: 1, maxKeys: 6 });
    fc.assert(
      fc.property(map, map, fc.infiniteStream(fc.nat()), (a, b, order) => {
        const entries = Object.entries(a);
        const shuffled = entries
          .map((entry) => ({ entry, rank: order.next().value }))
          .sort((x, y) => x.rank - y.rank)
          .map(({ entry }) => entry);
        const reordered = {};
        for (const [key, value] of shuffled) Object.defineProperty(reordered, key, { value, enumerable: true });
        expect(tokenKey(reordered)).toBe(tokenKey(a));
        const same = JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
        expect(tokenKey(a) === tokenKey(b)).toBe(same);
      }),
      { numRuns: 200 },
    );
  });
});

describe("walkItems", () => {
  it("yields every item of every page in order, a missing list counting as none", async () => {
    const { walk } = pagedService([{ items: ["a", "b"], nextToken: "t1" }, { nextToken: "t2" }, { items: [], nextToken: "t3" }, { items: ["c"] }]);
    expect(await collect(walkItems(walkPages({}, {}, walk), (page) => page.items))).toEqual(["a", "b", "c"]);
  });

  it("ends with the error of the page walk", async () => {
    const { walk } = pagedService([{ items: ["a"], nextToken: "t" }, { items: ["b"], nextToken: "t" }]);
    const { pages: items, error } = await collectUntilError(walkItems(walkPages({}, {}, walk), (page) => page.items));
    expect(items).toEqual(["a", "b"]);
    expect(error).toBeInstanceOf(RepeatedPageTokenError);
  });
});

describe("property: random page sequences", () => {
  it("yields each page once, in order, and ends at the first repeated token (an error unless stopOnSameToken)", async () => {
    const token = fc.oneof(fc.string({ minLength: 1, maxLength: 3 }), fc.dictionary(fc.constantFrom("a", "b", "c"), fc.nat({ max: 3 }), { minKeys: 1 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(token, { nil: undefined }), { minLength: 1, maxLength: 12 }),
        fc.option(token, { nil: undefined }),
        fc.boolean(),
        async (nextTokens, startingToken, stopOnSameToken) => {
          // The service's pages: page n returns nextTokens[n]; the last page never continues.
          const pages: ListOutput[] = nextTokens.map((nextToken, n) => ({ items: [`item ${n}`], ...(n < nextTokens.length - 1 && nextToken !== undefined ? { nextToken } : {}) }));
          // The model: follow tokens until one is absent or already seen.
          const seen = new Set<string>(startingToken === undefined ? [] : [tokenKey(startingToken)]);
          let expectedPages = 0;
          let repeated: { token: unknown; pageNumber: number } | undefined;
          for (const page of pages) {
            expectedPages++;
            if (page.nextToken === undefined) break;
            const key = tokenKey(page.nextToken);
            if (seen.has(key)) {
              repeated = { token: page.nextToken, pageNumber: expectedPages };
              break;
            }
            seen.add(key);
          }
          const { walk, send } = pagedService(pages);
          const { pages: yielded, error } = await collectUntilError(walkPages({ stopOnSameToken, startingToken }, {}, walk));
          expect(yielded).toEqual(pages.slice(0, expectedPages));
          expect(send).toHaveBeenCalledTimes(expectedPages);
          if (repeated && !stopOnSameToken) {
            expect(error).toBeInstanceOf(RepeatedPageTokenError);
            expect(error).toMatchObject({ operationName: "ListThings", pageNumber: repeated.pageNumber, token: repeated.token });
          } else {
            expect(error).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
