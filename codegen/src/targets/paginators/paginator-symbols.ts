import type { SymbolHome, SymbolProvider } from "../../core/symbols.js";
import type { OperationShape } from "../../model/shapes.js";

/**
 * Names of the paginators package that the symbol provider does not decide: they are local to
 * this package, derived from names the provider does decide.
 */
export interface PaginatorSymbols {
  /** `LightsailPaginationConfiguration`, the official AWS SDK's name. */
  readonly configuration: SymbolHome;
  readonly repeatedTokenError: SymbolHome;
  readonly walkPages: SymbolHome;
  readonly pageWalk: SymbolHome;
  /** `paginateGetExportSnapshotRecords` */
  pages(operation: OperationShape): SymbolHome;
  /** `paginateGetExportSnapshotRecordsItems` */
  items(operation: OperationShape): SymbolHome;
}

export function paginatorSymbols(symbols: SymbolProvider): PaginatorSymbols {
  const local = (file: string, name: string): SymbolHome => ({ role: "paginators", file, name, exportPath: "." });
  return {
    configuration: local("src/pagination-configuration.ts", `${symbols.serviceName}PaginationConfiguration`),
    repeatedTokenError: local("src/repeated-page-token-error.ts", "RepeatedPageTokenError"),
    walkPages: local("src/walk-pages.ts", "walkPages"),
    pageWalk: local("src/walk-pages.ts", "PageWalk"),
    pages: (operation) => symbols.paginatorHome(operation),
    items(operation) {
      const home = symbols.paginatorHome(operation);
      return { ...home, name: `${home.name}Items` };
    },
  };
}
