import type { PackageBuilder } from "../../core/generated-package.js";
import type { TargetContext } from "../../core/target.js";
import type { PaginatorSymbols } from "./paginator-symbols.js";

const SMITHY_TYPES = "@smithy/types";

/** `LightsailPaginationConfiguration`: the official SDK's configuration, typed to this client. */
export function writeConfigurationFile(context: TargetContext, pkg: PackageBuilder, names: PaginatorSymbols): void {
  const { symbols } = context;
  const file = pkg.tsFile(names.configuration.file);
  const name = names.configuration.name;
  file.declare(name);
  const base = file.type({ name: "PaginationConfiguration", from: SMITHY_TYPES });
  const client = file.type(symbols.symbol(symbols.clientHome(), "paginators"));
  file.doc([
    `How a ${symbols.serviceName} paginator fetches its pages.`,
    "",
    "- `client`: sends each page request (only its `send` is used).",
    "- `pageSize`: items per page, for operations that model a page size.",
    "- `startingToken`: the token of the first page to fetch.",
    "- `stopOnSameToken`: end quietly, instead of throwing a `RepeatedPageTokenError`, when the",
    "  service returns a token it has already returned.",
  ]);
  file.block(`export interface ${name} extends Omit<${base}, "client"> {`, () => {
    file.line(`client: ${client};`);
  });
}

export function writeRepeatedTokenErrorFile(pkg: PackageBuilder, names: PaginatorSymbols): void {
  const file = pkg.tsFile(names.repeatedTokenError.file);
  const name = names.repeatedTokenError.name;
  file.declare(name);
  file.doc([
    "Thrown by a paginator when the service returns a next token that it already returned for an",
    "earlier page of the same walk: following it would request the same pages again, forever.",
  ]);
  file.block(`export class ${name} extends Error {`, () => {
    file.line(`override readonly name = "${name}";`);
    file.line("/** The operation being paginated. */");
    file.line("readonly operationName: string;");
    file.line("/** The repeated token, as the service returned it. */");
    file.line("readonly token: unknown;");
    file.line("/** The number of the page (from 1) that returned the repeated token. */");
    file.line("readonly pageNumber: number;");
    file.line();
    file.block("constructor(operationName: string, token: unknown, pageNumber: number) {", () => {
      file.line(
        "super(",
        "  `${operationName}: page ${pageNumber} returned the next token ${JSON.stringify(token)}, which an earlier page already returned; ` +",
        '    "stopped instead of requesting the same pages again (set stopOnSameToken to end without an error)",',
        ");",
        "this.operationName = operationName;",
        "this.token = token;",
        "this.pageNumber = pageNumber;",
      );
    });
  });
}

export function writeWalkPagesFile(pkg: PackageBuilder, names: PaginatorSymbols): void {
  const file = pkg.tsFile(names.walkPages.file);
  file.declare(names.walkPages.name);
  file.declare(names.pageWalk.name);
  file.declare("tokenKey");
  const paginator = file.type({ name: "Paginator", from: SMITHY_TYPES });
  const configuration = file.type({ name: names.configuration.name, from: names.configuration.file });
  const error = file.value({ name: names.repeatedTokenError.name, from: names.repeatedTokenError.file });
  file.doc(["What {@link walkPages} needs to know about one paginated operation."]);
  file.block("export interface PageWalk<Input extends object, Output extends object, Token> {", () => {
    file.line("/** The operation's name, for error messages. */");
    file.line("readonly operationName: string;");
    file.line("/** Sends the request of one page. */");
    file.line("readonly send: (input: Input) => Promise<Output>;");
    file.line("/** The token an input asks for, if it names one. */");
    file.line("readonly currentToken: (input: Input) => Token | undefined;");
    file.line("/** A copy of `input` that asks for the page of `token`. */");
    file.line("readonly withToken: (input: Input, token: Token) => Input;");
    file.line("/** A copy of `input` that asks for pages of `pageSize` items; absent when the operation has no page size. */");
    file.line("readonly withPageSize?: (input: Input, pageSize: number) => Input;");
    file.line("/** The token of the page after `page`, if there is one. */");
    file.line("readonly nextToken: (page: Output) => Token | undefined;");
  });
  file.line();
  file.doc([
    "Yields every page of a paginated operation, in order. It stops when a page has no next token",
    "(absent, null, an empty string or an empty map). A next token that any earlier page (or the",
    "starting token) already named throws a {@link RepeatedPageTokenError}, or ends the walk when",
    "`stopOnSameToken` is set. The input is never mutated and tokens are passed on unchanged.",
  ]);
  file.block(
    `export async function* walkPages<Input extends object, Output extends object, Token>(\n  config: ${configuration},\n  input: Input,\n  walk: PageWalk<Input, Output, Token>,\n): ${paginator}<Output> {`,
    () => {
      file.line(
        "const first = config.pageSize !== undefined && walk.withPageSize ? walk.withPageSize(input, config.pageSize) : input;",
        "const startingToken: Token | undefined = config.startingToken ?? undefined;",
        "let request = isPresent(startingToken) ? walk.withToken(first, startingToken) : first;",
        "const seen = new Set<string>();",
        "const requested = walk.currentToken(request);",
        "if (isPresent(requested)) seen.add(tokenKey(requested));",
        "for (let pageNumber = 1; ; pageNumber++) {",
        "  const page = await walk.send(request);",
        "  yield page;",
        "  const next = walk.nextToken(page);",
        "  if (!isPresent(next)) return undefined;",
        "  const key = tokenKey(next);",
        "  if (seen.has(key)) {",
        "    if (config.stopOnSameToken) return undefined;",
        `    throw new ${error}(walk.operationName, next, pageNumber);`,
        "  }",
        "  seen.add(key);",
        "  request = walk.withToken(request, next);",
        "}",
      );
    },
  );
  file.line();
  file.doc(["Whether a token names a further page: absent, null, `\"\"` and `{}` do not."]);
  file.block("function isPresent<Token>(token: Token | null | undefined): token is Token {", () => {
    file.line("if (token === undefined || token === null || token === \"\") return false;");
    file.line("return typeof token !== \"object\" || Object.keys(token).length > 0;");
  });
  file.line();
  file.doc(["A key that is equal for equal tokens: the string itself, or canonical JSON for a map token."]);
  file.block("export function tokenKey(token: unknown): string {", () => {
    file.line('return typeof token === "string" ? `s:${token}` : `j:${JSON.stringify(token, sortKeys)}`;');
  });
  file.line();
  file.block("function sortKeys(_key: string, value: unknown): unknown {", () => {
    file.line("if (value === null || typeof value !== \"object\" || Array.isArray(value) || ArrayBuffer.isView(value)) return value;");
    file.line("const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));");
    file.line("return Object.fromEntries(entries);");
  });
}
