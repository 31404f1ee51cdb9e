import { runtimeSymbol } from "../../core/runtime-symbols.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import { kebabCase, propertyKey } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import type { PaginatedOperation } from "../../knowledge/pagination.js";
import { optionalChain, pathType, replaceAtPath } from "./member-paths.js";
import type { PaginatorSymbols } from "./paginator-symbols.js";

const FAST_CHECK = "fast-check";
const VITEST = "vitest";
const SERVE_PAGES = "test/serve-pages.ts";

/** `test/serve-pages.ts`: a real client whose middleware answers with prepared pages. */
export function writeServePagesFile(context: TargetContext, pkg: PackageBuilder): void {
  const { symbols } = context;
  const file = pkg.tsFile(SERVE_PAGES);
  file.declare("servePages");
  const client = file.value(symbols.symbol(symbols.clientHome(), "paginators"));
  const clientPackage = symbols.packageName("client");
  const inputs = file.type({ name: "ServiceInputTypes", from: clientPackage });
  const outputs = file.type({ name: "ServiceOutputTypes", from: clientPackage });
  file.doc([
    "A client whose `send` answers the n-th request with `pages[n]`, without any network, recording",
    "the input of each request. The real middleware stack runs up to the initialize step.",
  ]);
  file.block(`export function servePages(pages: readonly ${outputs}[]): { client: ${client}; inputs: ${inputs}[] } {`, () => {
    file.line(`const client = new ${client}({ region: "us-east-1", credentials: { accessKeyId: "AKID", secretAccessKey: "SECRET" } });`);
    file.line(`const inputs: ${inputs}[] = [];`);
    file.line("client.middlewareStack.add(");
    file.indent(() => {
      file.block("() => async (args) => {", () => {
        file.line("inputs.push(args.input);");
        file.line("const page = pages[inputs.length - 1];");
        file.line("if (page === undefined) throw new Error(`the paginator asked for page ${inputs.length} of ${pages.length}`);");
        file.line("return { output: page, response: {} };");
      }, "},");
      file.line('{ step: "initialize", name: "servePages" },');
    });
    file.line(");");
    file.line("return { client, inputs };");
  });
}

/** `test/<operation>-paginator.test.ts`: properties of the page walk and the item iterator. */
export function writePaginatorTestFile(context: TargetContext, pkg: PackageBuilder, names: PaginatorSymbols, entry: PaginatedOperation): void {
  const { symbols, index, model } = context;
  const { operation } = entry;
  const operationName = symbols.operationName(operation);
  const file = pkg.tsFile(`test/${kebabCase(operationName)}-paginator.test.ts`);
  const fc = (name: string): string => file.value({ name, from: FAST_CHECK });
  const describe = file.value({ name: "describe", from: VITEST });
  const expect = file.value({ name: "expect", from: VITEST });
  const it = file.value({ name: "it", from: VITEST });
  const outputType = file.type(symbols.symbol(symbols.commandOutputHome(operation), "paginators"));
  const inputType = file.type(symbols.symbol(symbols.commandInputHome(operation), "paginators"));
  const arbitraryOutput = `${file.value(symbols.symbol(symbols.arbitraryHome(index.outputOf(operation)), "paginators"))}()`;
  const arbitraryInput = `${file.value(symbols.symbol(symbols.arbitraryHome(index.inputOf(operation)), "paginators"))}()`;
  const paginate = file.value({ name: names.pages(operation).name, from: names.pages(operation).file });
  const repeatedError = file.value(names.repeatedTokenError);
  const tokenKey = file.value(runtimeSymbol("@smithy-gen/pagination", "tokenKey"));
  const servePages = file.value({ name: "servePages", from: SERVE_PAGES });
  const tokenIsString = model.expectShape(entry.outputToken[entry.outputToken.length - 1]!.target).type === "string";
  const tokenType = pathType(outputType, entry.outputToken);

  file.line(`const numRuns = Number(process.env.FC_NUM_RUNS ?? ${index.operations.length > 20 ? 10 : 100});`);
  file.line("/** Large pages of large structures take a while; the runs are bounded, so is the time. */");
  file.line("const timeout = 60_000;");
  file.line();
  file.line(`type Page = ${outputType};`);
  file.line(`type Token = ${tokenType};`);
  file.line();
  file.block(`function withNextToken(page: Omit<Page, "$metadata">, token: Token | undefined): Page {`, () => {
    file.line(`return ${replaceAtPath("{ ...page, $metadata: {} }", entry.outputToken, "token")};`);
  });
  file.line();
  file.doc(["Distinct tokens, as the service would return them."]);
  if (tokenIsString) {
    file.line(`const arbitraryTokens = ${fc("uniqueArray")}(${fc("string")}({ minLength: 1 }), { maxLength: 5 });`);
  } else {
    file.line(`const arbitraryTokens = ${fc("uniqueArray")}(`);
    file.line(`  ${arbitraryOutput}.map((page) => ${optionalChain("page", entry.outputToken)}).filter((token): token is Token => token !== undefined && Object.keys(token).length > 0),`);
    file.line(`  { maxLength: 5, selector: ${tokenKey} },`);
    file.line(");");
  }
  file.line();
  file.doc(["Pages that carry `tokens` in order; the last page has no next token."]);
  file.block("function pagesFor(tokens: readonly Token[]) {", () => {
    file.line(`return ${fc("array")}(${arbitraryOutput}, { minLength: tokens.length + 1, maxLength: tokens.length + 1 }).map((pages) =>`);
    file.line("  pages.map((page, position) => withNextToken(page, tokens[position])),");
    file.line(");");
  });
  file.line();
  file.doc(["An input that names no token of its own, so that the pages decide every token."]);
  file.line(`const arbitraryInput = ${arbitraryInput}.map((input): ${inputType} => ({ ...input, ${propertyKey(entry.inputToken.name)}: undefined }));`);
  file.line();

  file.block(`${describe}(${JSON.stringify(names.pages(operation).name)}, () => {`, () => {
    file.block(`${it}("yields exactly the pages the service returns, in order, passing each token on unchanged", async () => {`, () => {
      file.line(`await ${fc("assert")}(`);
      file.indent(() => {
        file.block(`${fc("asyncProperty")}(arbitraryInput, arbitraryTokens.chain(pagesFor), async (input, pages) => {`, () => {
          file.line("const before = structuredClone(input);");
          file.line("const { client, inputs } = servePages(pages);");
          file.line("const seen: Page[] = [];");
          file.line(`for await (const page of ${paginate}({ client }, input)) seen.push(page);`);
          file.line(`${expect}(seen).toEqual(pages);`);
          file.line(`${expect}(input).toEqual(before);`);
          file.line(`${expect}(inputs.length).toBe(pages.length);`);
          file.line(`${expect}((inputs[0] as ${inputType})${accessor(entry.inputToken.name)}).toBeUndefined();`);
          file.block("for (let position = 1; position < pages.length; position++) {", () => {
            file.line(`${expect}((inputs[position] as ${inputType})${accessor(entry.inputToken.name)}).toBe(${optionalChain("pages[position - 1]!", entry.outputToken)});`);
          });
        }, "}),");
        file.line("{ numRuns },");
      });
      file.line(");");
    }, "}, timeout);");
    file.line();
    file.block(`${it}("throws a ${names.repeatedTokenError.name} when a page repeats any earlier token", async () => {`, () => {
      file.line("const arbitraryCase = arbitraryTokens");
      file.line("  .filter((tokens) => tokens.length > 0)");
      file.line(`  .chain((tokens) => ${fc("nat")}(tokens.length - 1).map((pick) => [...tokens, tokens[pick]!]))`);
      file.line("  .chain((tokens) => pagesFor(tokens).map((pages) => ({ tokens, pages })));");
      file.line(`await ${fc("assert")}(`);
      file.indent(() => {
        file.block(`${fc("asyncProperty")}(arbitraryInput, arbitraryCase, async (input, { tokens, pages }) => {`, () => {
          file.line("const { client } = servePages(pages);");
          file.line("const seen: Page[] = [];");
          file.line("let thrown: unknown;");
          file.block("try {", () => {
            file.line(`for await (const page of ${paginate}({ client }, input)) seen.push(page);`);
          }, "} catch (error) {");
          file.indent(() => file.line("thrown = error;"));
          file.line("}");
          file.line(`${expect}(thrown).toBeInstanceOf(${repeatedError});`);
          file.line(`${expect}((thrown as ${repeatedError}).pageNumber).toBe(tokens.length);`);
          file.line(`${expect}(seen).toEqual(pages.slice(0, tokens.length));`);
          file.line();
          file.line("const quiet = servePages(pages);");
          file.line("const quietPages: Page[] = [];");
          file.line(`for await (const page of ${paginate}({ client: quiet.client, stopOnSameToken: true }, input)) quietPages.push(page);`);
          file.line(`${expect}(quietPages).toEqual(pages.slice(0, tokens.length));`);
        }, "}),");
        file.line("{ numRuns },");
      });
      file.line(");");
    }, "}, timeout);");
  }, "});");

  if (entry.items) {
    const items = names.items(operation);
    const paginateItems = file.value({ name: items.name, from: items.file });
    const read = optionalChain("page", entry.items);
    const expected = entry.itemsShape?.type === "map" ? `pages.flatMap((page) => Object.entries(${read} ?? {}))` : `pages.flatMap((page) => ${read} ?? [])`;
    file.line();
    file.block(`${describe}(${JSON.stringify(items.name)}, () => {`, () => {
      file.block(`${it}("yields every item of every page once, in order", async () => {`, () => {
        file.line(`await ${fc("assert")}(`);
        file.indent(() => {
          file.block(`${fc("asyncProperty")}(arbitraryInput, arbitraryTokens.chain(pagesFor), async (input, pages) => {`, () => {
            file.line("const { client } = servePages(pages);");
            file.line("const seen: unknown[] = [];");
            file.line(`for await (const item of ${paginateItems}({ client }, input)) seen.push(item);`);
            file.line(`${expect}(seen).toEqual(${expected});`);
          }, "}),");
          file.line("{ numRuns },");
        });
        file.line(");");
      }, "}, timeout);");
    }, "});");
  }

}

function accessor(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
