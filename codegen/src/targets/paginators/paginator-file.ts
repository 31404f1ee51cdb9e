import type { PackageBuilder } from "../../core/generated-package.js";
import { propertyKey } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import type { TsFile } from "../../core/ts-file.js";
import { hasTrait } from "../../model/model.js";
import type { PaginatedOperation } from "../../knowledge/pagination.js";
import { optionalChain, pathType } from "./member-paths.js";
import type { PaginatorSymbols } from "./paginator-symbols.js";

/** The dotted path of members, as the model's `@paginated` trait spells it. */
export function dottedPath(path: readonly { name: string }[]): string {
  return path.map((member) => member.name).join(".");
}

/**
 * The type of one item of a page: the list's element type, or `[key, value]` for a map. It is
 * derived from the command output type, so that it is right for every kind of element.
 */
export function itemType(outputType: string, entry: PaginatedOperation): string {
  const collection = pathType(outputType, entry.items ?? []);
  if (entry.itemsShape?.type === "map") return `[string, ${collection}[string]]`;
  return `${collection}[number]`;
}

/** The declared type of a list's elements (a structure or union), imported from the client, which re-exports it. */
function namedItemType(context: TargetContext, file: TsFile, entry: PaginatedOperation): string | undefined {
  const collection = entry.itemsShape;
  if (!collection || (collection.type !== "list" && collection.type !== "set")) return undefined;
  const element = context.model.getShape(collection.member.target);
  if (!element || (element.type !== "structure" && element.type !== "union") || hasTrait(collection, "smithy.api#sparse")) return undefined;
  return file.type({ name: context.symbols.typeName(element.id), from: context.symbols.packageName("client") });
}

/** `src/<operation>-paginator.ts`: `paginateX` and, where the model names items, `paginateXItems`. */
export function writePaginatorFile(context: TargetContext, pkg: PackageBuilder, names: PaginatorSymbols, entry: PaginatedOperation): void {
  const { symbols } = context;
  const { operation } = entry;
  const pagesHome = names.pages(operation);
  const file = pkg.tsFile(pagesHome.file);
  file.declare(pagesHome.name);
  const operationName = symbols.operationName(operation);
  const paginator = file.type({ name: "Paginator", from: "@smithy/types" });
  const configuration = file.type({ name: names.configuration.name, from: names.configuration.file });
  const command = file.value(symbols.symbol(symbols.commandHome(operation), "paginators"));
  const inputType = file.type(symbols.symbol(symbols.commandInputHome(operation), "paginators"));
  const outputType = file.type(symbols.symbol(symbols.commandOutputHome(operation), "paginators"));
  const walkPages = file.value(names.walkPages);
  const inputToken = propertyKey(entry.inputToken.name);

  file.doc([
    `Yields every page of {@link ${command}}, following \`${dottedPath(entry.outputToken)}\` into \`${entry.inputToken.name}\`.`,
    "",
    "Stops after the page without a next token; throws a `RepeatedPageTokenError` when the",
    "service repeats a token (set `stopOnSameToken` to end quietly instead).",
    "",
    `Operation: \`${operation.id}\``,
  ]);
  file.block(`export function ${pagesHome.name}(\n  config: ${configuration},\n  input: ${inputType},\n): ${paginator}<${outputType}> {`, () => {
    file.block("return walkPages(config, input, {".replace("walkPages", walkPages), () => {
      file.line(`operationName: ${JSON.stringify(operationName)},`);
      file.line(`send: (pageInput) => config.client.send(new ${command}(pageInput)),`);
      file.line(`currentToken: (pageInput) => ${optionalChain("pageInput", [entry.inputToken])},`);
      file.line(`withToken: (pageInput, token) => ({ ...pageInput, ${inputToken}: token }),`);
      if (entry.pageSize) file.line(`withPageSize: (pageInput, pageSize) => ({ ...pageInput, ${propertyKey(entry.pageSize.name)}: pageSize }),`);
      file.line(`nextToken: (page) => ${optionalChain("page", entry.outputToken)},`);
    }, "});");
  });

  if (!entry.items) return;
  const itemsHome = names.items(operation);
  file.declare(itemsHome.name);
  const read = optionalChain("page", entry.items);
  file.line();
  file.doc([
    `Yields every item of \`${dottedPath(entry.items)}\` of every page of {@link ${pagesHome.name}}, in order.`,
    "",
    `Operation: \`${operation.id}\``,
  ]);
  const items = entry.itemsShape?.type === "map" ? `Object.entries(${read} ?? {})` : read;
  file.block(
    `export function ${itemsHome.name}(\n  config: ${configuration},\n  input: ${inputType},\n): AsyncGenerator<${namedItemType(context, file, entry) ?? itemType(outputType, entry)}, undefined, unknown> {`,
    () => file.line(`return ${file.value(names.walkItems)}(${pagesHome.name}(config, input), (page) => ${items});`),
  );
}
