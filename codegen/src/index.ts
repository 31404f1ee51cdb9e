export * from "./model/index.js";
export { loadModel, loadModelFromSources, type LoadOptions, type LoadResult, type ModelSource } from "./assembly/load.js";
export { flattenMixins } from "./transforms/flatten-mixins.js";
export { generateService, type GenerateOptions, type GeneratedPackageInfo, type GenerateResult } from "./core/pipeline.js";
export type { GeneratedFile } from "./core/generated-package.js";
export { docExamples, type DocExample } from "./core/doc-examples.js";
export type { PackageRole } from "./core/symbols.js";
export type { Target } from "./core/target.js";
export { TARGETS } from "./targets/index.js";
