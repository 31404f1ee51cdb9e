import type { PackageBuilder } from "../../core/generated-package.js";
import type { TargetContext } from "../../core/target.js";
import type { PaginatorSymbols } from "./paginator-symbols.js";

/** `LightsailPaginationConfiguration`: the official SDK's configuration, typed to this client. */
export function writeConfigurationFile(context: TargetContext, pkg: PackageBuilder, names: PaginatorSymbols): void {
  const { symbols } = context;
  const file = pkg.tsFile(names.configuration.file);
  const name = names.configuration.name;
  file.declare(name);
  const base = file.type(names.pageWalkConfiguration);
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
  file.line(`export interface ${name} extends ${base}<${client}> {}`);
}
