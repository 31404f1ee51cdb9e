import type { TargetContext } from "../../core/target.js";
import { getTrait } from "../../model/model.js";
import { isNodeArray, isNodeObject } from "../../model/node.js";
import type { OperationShape } from "../../model/shapes.js";

/** Where the compression middleware and its configuration come from (the AWS SDK's own). */
export const COMPRESSION_PACKAGE = "@smithy/middleware-compression";

/** The largest `requestMinCompressionSizeBytes` the middleware accepts (10 MiB). */
export const MAX_MIN_COMPRESSION_SIZE_BYTES = 10_485_760;

/** The `@requestCompression` encodings of an operation in the model's order, or undefined without the trait. */
export function compressionEncodingsOf(operation: OperationShape): string[] | undefined {
  const trait = getTrait(operation, "smithy.api#requestCompression");
  if (!isNodeObject(trait) || !isNodeArray(trait.encodings)) return undefined;
  return trait.encodings.filter((encoding): encoding is string => typeof encoding === "string");
}

/**
 * Whether some operation of the service compresses its requests: only then does the client have
 * the compression options and import the middleware, so that other services' bundles stay small.
 */
export function usesRequestCompression(context: TargetContext): boolean {
  return context.index.operations.some((operation) => compressionEncodingsOf(operation) !== undefined);
}
