import type { PackageBuilder } from "../../core/generated-package.js";
import type { TargetContext } from "../../core/target.js";
import type { TsSymbol } from "../../core/ts-file.js";
import type { SerdeErrorSymbols } from "../../protocols/protocol.js";
import { runtimeModule } from "../../core/runtime-symbols.js";

/** The error classes of a serde package: their names and files. */
export interface SerdeErrorClasses extends SerdeErrorSymbols {
  readonly unsupportedOperation: TsSymbol;
}

export function serdeErrorClasses(context: TargetContext): SerdeErrorClasses {
  const { symbols } = context;
  const service = symbols.serviceName;
  return {
    serialization: { name: `${service}SerializationError`, from: "src/errors/serialization-error.ts" },
    deserialization: { name: `${service}DeserializationError`, from: "src/errors/deserialization-error.ts" },
    unsupportedOperation: { name: `${service}UnsupportedOperationError`, from: "src/errors/unsupported-operation-error.ts" },
    serviceException: symbols.symbol(symbols.serviceExceptionHome(), "serde"),
  };
}

const serdeCore = runtimeModule("@smithy-gen/serde-core");

/**
 * `LightsailSerializationError`: thrown by `buildXRequest` before anything is sent, when the input
 * does not match the model (a caller in plain JavaScript passed a number where a string is
 * modelled, say). It is the runtime's `SerializationError` with the service's name.
 */
export function writeSerializationErrorFile(context: TargetContext, pkg: PackageBuilder, classes: SerdeErrorClasses): void {
  const { name, from } = classes.serialization;
  const file = pkg.tsFile(from);
  file.declare(name);
  file.declare(`${name}Options`);
  file.doc([
    `The input of a ${context.symbols.serviceName} operation does not match the model, so no request was built. It names`,
    "the operation, the path of the bad value in the input (`$.pageToken`), what the model expects there and",
    "what was given.",
  ]);
  file.block(`export class ${name} extends ${file.value(serdeCore("SerializationError"))} {`, () => {
    file.line(`override readonly name = ${JSON.stringify(name)};`);
  });
  file.line();
  file.doc([`The options of {@link ${name}}.`]);
  file.line(`export type ${name}Options = ${file.type(serdeCore("SerializationErrorOptions"))};`);
}

/**
 * `LightsailDeserializationError`: thrown by `parseXResponse` when a response body is not what the
 * protocol sends, is truncated, or holds a value of the wrong type. Made by the runtime's
 * `deserializationErrorClass` from the service's base exception, so that one `catch` of
 * `LightsailServiceException` sees every failed call, with `$metadata` as usual.
 */
export function writeDeserializationErrorFile(context: TargetContext, pkg: PackageBuilder, classes: SerdeErrorClasses): void {
  const { name, from } = classes.deserialization;
  const file = pkg.tsFile(from);
  file.declare(name);
  file.declare(`${name}Options`);
  const base = file.value(classes.serviceException);
  file.doc([
    `The response of a ${context.symbols.serviceName} operation could not be read: its body is not what the protocol`,
    "sends, is truncated, or holds a value of the wrong type. It names the operation, the path of the bad value",
    "(`$.exportSnapshotRecords[3].createdAt`, or `$` for the body itself), what the model expects there and",
    "what came; `$metadata` has the HTTP status and request id. Its `$fault` is `client` for a 4xx response and",
    "`server` otherwise.",
  ]);
  file.line(`export class ${name} extends ${file.value(serdeCore("deserializationErrorClass"))}(${base}, ${JSON.stringify(name)}) {}`);
  file.line();
  file.doc([`The options of {@link ${name}}.`]);
  file.line(`export type ${name}Options = ${file.type(serdeCore("DeserializationErrorOptions"))};`);
}

/**
 * `LightsailUnsupportedOperationError`: what the functions of an operation throw when it needs a
 * feature (an event stream, say) that smithy-gen does not support yet.
 */
export function writeUnsupportedOperationErrorFile(context: TargetContext, pkg: PackageBuilder, classes: SerdeErrorClasses): void {
  const { name, from } = classes.unsupportedOperation;
  const file = pkg.tsFile(from);
  file.declare(name);
  file.doc([
    `The ${context.symbols.serviceName} operation needs something this generated package does not support (an event`,
    "stream, say), so its requests cannot be built nor its responses read.",
  ]);
  file.block(`export class ${name} extends ${file.value(serdeCore("UnsupportedOperationError"))} {`, () => {
    file.line(`override readonly name = ${JSON.stringify(name)};`);
  });
}
