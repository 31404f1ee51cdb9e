export { writeIdlFile, type IdlApply, type IdlFileSpec } from "./idl-file.js";
export { namespaceNames } from "./references.js";
export { serviceLayout } from "./service-layout.js";
export { modelToIdl, type IdlLayout, type IdlOutputFile, type IdlWriteOptions } from "./write-model.js";
