import type { TargetContext } from "../../core/target.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { isNodeObject } from "../../model/node.js";
import { shapeIdName } from "../../model/shape-id.js";
import type { OperationShape, StructureShape } from "../../model/shapes.js";
import { faultOf } from "../types/error-file.js";

/**
 * The codes of the errors a service answers input the model forbids with, most specific first: the
 * first of these that an operation models is its validation error (Lightsail: `InvalidInputException`).
 */
const VALIDATION_ERRORS = [
  "ValidationException",
  "InvalidInputException",
  "InvalidParameterException",
  "InvalidParameterValueException",
  "InvalidRequestException",
  "BadRequestException",
];

/** The HTTP status of an error: `@httpError`, else 400 for a client fault and 500 for a server fault. */
export function errorStatus(shape: StructureShape): number {
  const status = getTrait(shape, "smithy.api#httpError");
  if (typeof status === "number") return status;
  return faultOf(shape) === "server" ? 500 : 400;
}

/** The operation's validation error code, if it models one (see {@link VALIDATION_ERRORS}). */
export function validationErrorOf(context: TargetContext, operation: OperationShape): string | undefined {
  const names = new Set(context.index.errorsOf(operation).map((id) => shapeIdName(id)));
  return VALIDATION_ERRORS.find((name) => names.has(name));
}


/**
 * The `x-amzn-query-error` header of an error of an `@awsQueryCompatible` service that has
 * `@awsQueryError`: `<code>;Sender` for a client fault, `<code>;Receiver` for a server fault.
 */
export function queryErrorHeader(context: TargetContext, shape: StructureShape): string | undefined {
  if (!hasTrait(context.index.service, "aws.protocols#awsQueryCompatible")) return undefined;
  const trait = getTrait(shape, "aws.protocols#awsQueryError");
  if (!isNodeObject(trait) || typeof trait.code !== "string") return undefined;
  return `${trait.code};${faultOf(shape) === "server" ? "Receiver" : "Sender"}`;
}
