import { runtimeSymbol } from "../../core/runtime-symbols.js";
import type { SymbolHome, SymbolProvider } from "../../core/symbols.js";
import type { TsSymbol } from "../../core/ts-file.js";
import type { OperationShape } from "../../model/shapes.js";

/**
 * Names of the paginators package that the symbol provider does not decide: they are local to
 * this package, derived from names the provider does decide.
 */
export interface PaginatorSymbols {
  /** `LightsailPaginationConfiguration`, the official AWS SDK's name. */
  readonly configuration: SymbolHome;
  /** From the runtime package `@smithy-gen/pagination`. */
  readonly repeatedTokenError: TsSymbol;
  readonly walkPages: TsSymbol;
  readonly walkItems: TsSymbol;
  readonly pageWalkConfiguration: TsSymbol;
  /** `paginateGetExportSnapshotRecords` */
  pages(operation: OperationShape): SymbolHome;
  /** `paginateGetExportSnapshotRecordsItems` */
  items(operation: OperationShape): SymbolHome;
}

export function paginatorSymbols(symbols: SymbolProvider): PaginatorSymbols {
  const local = (file: string, name: string): SymbolHome => ({ role: "paginators", file, name, exportPath: "." });
  return {
    configuration: local("src/pagination-configuration.ts", `${symbols.serviceName}PaginationConfiguration`),
    repeatedTokenError: runtimeSymbol("@smithy-gen/pagination", "RepeatedPageTokenError"),
    walkPages: runtimeSymbol("@smithy-gen/pagination", "walkPages"),
    walkItems: runtimeSymbol("@smithy-gen/pagination", "walkItems"),
    pageWalkConfiguration: runtimeSymbol("@smithy-gen/pagination", "PageWalkConfiguration"),
    pages: (operation) => symbols.paginatorHome(operation),
    items(operation) {
      const home = symbols.paginatorHome(operation);
      return { ...home, name: `${home.name}Items` };
    },
  };
}
