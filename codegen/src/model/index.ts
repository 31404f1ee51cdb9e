export { describeLocation, formatDiagnostic, formatLocation, ModelError, type Diagnostic, type Severity, type SourceLocation } from "./diagnostics.js";
export type { ModelFragment, TraitApplication } from "./fragment.js";
export { modelToJsonAst, readJsonAst, shapeToNode, type JsonAstOptions } from "./json-ast.js";
export { nodeToJson, parseNodeJson } from "./node-json.js";
export { getTrait, hasTrait, Model } from "./model.js";
export {
  compareCodeUnits,
  integerLiteralNode,
  isNodeArray,
  isNodeInteger,
  isNodeNumber,
  isNodeObject,
  nodeEquals,
  nodeNumberValue,
  sortNode,
  type NodeObject, type NodeValue } from "./node.js";
export {
  isAbsoluteShapeId,
  isIdentifier,
  isNamespace,
  memberId,
  PRELUDE_NAMESPACE,
  shapeIdName,
  shapeIdNamespace,
  tryParseShapeId,
  type ParsedShapeId,
  type ShapeId,
} from "./shape-id.js";
export {
  isMembersShape,
  membersOf,
  SHAPE_TYPES,
  SIMPLE_TYPES,
  UNIT,
  type EnumShape,
  type IntEnumShape,
  type LifecycleOperation,
  type ListShape,
  type MapShape,
  type MembersShape,
  type MemberShape,
  type OperationShape,
  type ResourceShape,
  type ServiceShape,
  type Shape,
  type ShapeType,
  type SimpleShape,
  type SimpleType,
  type StructureShape,
  type Traits,
  type UnionShape,
} from "./shapes.js";
