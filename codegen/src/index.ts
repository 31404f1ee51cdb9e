export * from "./model/index.js";
export { loadModel, loadModelFromSources, type LoadOptions, type LoadResult, type ModelSource } from "./assembly/load.js";
export { flattenMixins } from "./transforms/flatten-mixins.js";
