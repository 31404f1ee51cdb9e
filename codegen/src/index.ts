export * from "./model/index.js";
export { loadModel, loadModelFromSources, type LoadOptions, type LoadResult, type ModelSource } from "./assembly/load.js";
export { flattenMixins } from "./transforms/flatten-mixins.js";
export { filterOperations, UnknownOperationsError, type FilterOperationsOptions } from "./transforms/filter-operations.js";
export { generateService, type GenerateOptions, type GeneratedPackageInfo, type GenerateResult } from "./core/pipeline.js";
export type { GeneratedFile } from "./core/generated-package.js";
export { docExamples, type DocExample } from "./core/doc-examples.js";
export type { PackageRole } from "./core/symbols.js";
export type { Target } from "./core/target.js";
export { TARGETS } from "./targets/index.js";
export { createServiceIndex, selectService, type ServiceIndex } from "./knowledge/service-index.js";
export {
  findTokenPagination,
  paginatedApplyStatements,
  PAGE_TOKEN_NAMES,
  type NotTokenPaginated,
  type TokenNames,
  type TokenPaginatedOperation,
  type TokenPaginationFindings,
} from "./knowledge/token-pagination.js";
