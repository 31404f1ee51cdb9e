import { describe, expect, it } from "vitest";
import { loadModelFromSources, ModelError } from "../../src/index.js";
import { createServiceIndex, selectService } from "../../src/knowledge/service-index.js";
import { createPaginationIndex } from "../../src/knowledge/pagination.js";
import { generateService } from "../../src/core/pipeline.js";
import type { Target } from "../../src/core/target.js";
import { paginatorsTarget } from "../../src/targets/paginators/index.js";

const HEAD = `$version: "2.0"
namespace example.pages
use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_1
`;

function modelOf(body: string) {
  return loadModelFromSources([{ path: "pages.smithy", text: HEAD + body }]).model;
}

function paginationOf(body: string) {
  const model = modelOf(body);
  return createPaginationIndex(createServiceIndex(model, selectService(model)));
}

/** The other packages only need to exist as siblings for the manifest's workspace ranges. */
const sibling = (role: Target["role"]): Target => ({ role, generate() {}, manifest: () => ({ description: role }) });

function generatePaginators(body: string): Map<string, string> {
  const result = generateService(modelOf(body), [sibling("types"), sibling("serde"), paginatorsTarget, sibling("client")], { roles: ["paginators"] });
  return new Map(result.files.map((file) => [file.path, file.content]));
}

const SERVICE = `
@service(sdkId: "Pages")
@sigv4(name: "pages")
@awsJson1_1
@paginated(inputToken: "nextToken", outputToken: "result.nextToken")
service PageService { version: "2020-01-01", operations: [ListThings, ListOther] }

@paginated(pageSize: "maxResults", items: "result.things")
operation ListThings { input := { nextToken: String, maxResults: Integer } output := { result: ListResult } }

@paginated(inputToken: "after", outputToken: "last")
operation ListOther { input := { after: String } output := { last: String, entries: Entries } }

structure ListResult { nextToken: String, things: Things }
list Things { member: Thing }
map Entries { key: String, value: Thing }
structure Thing { @required id: String }
`;

describe("pagination index", () => {
  it("merges the service's @paginated defaults under the operation's own settings", () => {
    const index = paginationOf(SERVICE);
    const things = index.get("example.pages#ListThings")!;
    expect(things.inputToken.name).toBe("nextToken");
    expect(things.outputToken.map((member) => member.name)).toEqual(["result", "nextToken"]);
    expect(things.pageSize?.name).toBe("maxResults");
    expect(things.items?.map((member) => member.name)).toEqual(["result", "things"]);
    expect(things.itemsShape?.type).toBe("list");
    const other = index.get("example.pages#ListOther")!;
    expect(other.inputToken.name).toBe("after");
    expect(other.outputToken.map((member) => member.name)).toEqual(["last"]);
    expect(index.operations.map((entry) => entry.operation.id)).toEqual(["example.pages#ListOther", "example.pages#ListThings"]);
  });

  it("inherits `items` from the service's @paginated too, as Smithy merges it (bcm-pricing-calculator sets it there)", () => {
    const index = paginationOf(`
@service(sdkId: "Pages")
@awsJson1_1
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "items")
service PageService { version: "2020-01-01", operations: [ListThings, ListOther] }

@paginated
operation ListThings { input := { nextToken: String } output := { nextToken: String, items: Things } }

@paginated(items: "entries")
operation ListOther { input := { nextToken: String } output := { nextToken: String, entries: Things, items: Things } }

list Things { member: String }
`);
    expect(index.get("example.pages#ListThings")!.items?.map((member) => member.name)).toEqual(["items"]);
    expect(index.get("example.pages#ListOther")!.items?.map((member) => member.name)).toEqual(["entries"]);
  });

  it("reports a path through a non-structure with the operation's location", () => {
    const body = `
@service(sdkId: "Pages")
@awsJson1_1
service PageService { version: "2020-01-01", operations: [ListThings] }

@paginated(inputToken: "nextToken", outputToken: "token.value")
operation ListThings { input := { nextToken: String } output := { token: String } }
`;
    let error: unknown;
    try {
      paginationOf(body);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ModelError);
    const [diagnostic] = (error as ModelError).diagnostics;
    expect(diagnostic!.message).toBe(
      "@paginated outputToken `token.value` of operation `example.pages#ListThings`: `token` targets a string, not a structure, so the path cannot continue",
    );
    expect(diagnostic!.location?.file).toBe("pages.smithy");
    expect(diagnostic!.code).toBe("Pagination");
  });

  it("rejects an input token the input does not have, and items that are not a collection", () => {
    const missing = `
@service(sdkId: "Pages")
@awsJson1_1
service PageService { version: "2020-01-01", operations: [ListThings] }
@paginated(inputToken: "cursor", outputToken: "next")
operation ListThings { input := { nextToken: String } output := { next: String } }
`;
    expect(() => paginationOf(missing)).toThrow(
      "@paginated inputToken `cursor` of operation `example.pages#ListThings`: input structure `example.pages#ListThingsInput` has no such member",
    );
    const notCollection = `
@service(sdkId: "Pages")
@awsJson1_1
service PageService { version: "2020-01-01", operations: [ListThings] }
@paginated(inputToken: "nextToken", outputToken: "next", items: "count")
operation ListThings { input := { nextToken: String } output := { next: String, count: Integer } }
`;
    expect(() => paginationOf(notCollection)).toThrow("targets a integer; items must be a list or a map");
  });
});

describe("paginators target", () => {
  it("writes paginateX and paginateXItems with nested token and item paths", () => {
    const files = generatePaginators(SERVICE);
    const source = files.get("pages-paginators/src/list-things-paginator.ts")!;
    const body = source.slice(source.indexOf("export function"));
    expect(body.split("\n")).toEqual([
      "export function paginateListThings(",
      "  config: PagesPaginationConfiguration,",
      "  input: ListThingsCommandInput,",
      "): Paginator<ListThingsCommandOutput> {",
      "  return walkPages(config, input, {",
      '    operationName: "ListThings",',
      "    send: (pageInput) => config.client.send(new ListThingsCommand(pageInput)),",
      "    currentToken: (pageInput) => pageInput.nextToken,",
      "    withToken: (pageInput, token) => ({ ...pageInput, nextToken: token }),",
      "    withPageSize: (pageInput, pageSize) => ({ ...pageInput, maxResults: pageSize }),",
      "    nextToken: (page) => page.result?.nextToken,",
      "  });",
      "}",
      "",
      "/**",
      " * Yields every item of `result.things` of every page of {@link paginateListThings}, in order.",
      " *",
      " * Operation: `example.pages#ListThings`",
      " */",
      "export function paginateListThingsItems(",
      "  config: PagesPaginationConfiguration,",
      "  input: ListThingsCommandInput,",
      "): AsyncGenerator<Thing, undefined, unknown> {",
      "  return walkItems(paginateListThings(config, input), (page) => page.result?.things);",
      "}",
      "",
    ]);
    expect(source).toContain(
      ["import {", "  ListThingsCommand, type ListThingsCommandInput, type ListThingsCommandOutput, type Thing,", '} from "@smithy-gen/pages-client";'].join("\n"),
    );
  });

  it("yields map items as [key, value] entries", () => {
    const source = generatePaginators(SERVICE).get("pages-paginators/src/list-other-paginator.ts")!;
    expect(source).not.toContain("withPageSize");
    expect(source).not.toContain("paginateListOtherItems");
    const withItems = generatePaginators(SERVICE.replace('outputToken: "last")', 'outputToken: "last", items: "entries")')).get(
      "pages-paginators/src/list-other-paginator.ts",
    )!;
    expect(withItems).toContain('): AsyncGenerator<[string, NonNullable<ListOtherCommandOutput["entries"]>[string]], undefined, unknown> {');
    expect(withItems).toContain("  return walkItems(paginateListOther(config, input), (page) => Object.entries(page.entries ?? {}));");
  });

  it("exports every paginator by name, sorted, and depends only on the client and the pagination runtime", () => {
    const files = generatePaginators(SERVICE);
    expect(files.get("pages-paginators/src/index.ts")!.split("\n").slice(3)).toEqual([
      'export { RepeatedPageTokenError } from "@smithy-gen/pagination";',
      'export { paginateListOther } from "./list-other-paginator.js";',
      'export { paginateListThings, paginateListThingsItems } from "./list-things-paginator.js";',
      'export type { PagesPaginationConfiguration } from "./pagination-configuration.js";',
      "",
    ]);
    const manifest = JSON.parse(files.get("pages-paginators/package.json")!) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(["@smithy-gen/pages-client", "@smithy-gen/pagination", "@smithy/types"]);
  });

  it("gives the same bytes for the same model", () => {
    const first = [...generatePaginators(SERVICE)];
    const second = [...generatePaginators(SERVICE)];
    expect(second).toEqual(first);
  });
});
