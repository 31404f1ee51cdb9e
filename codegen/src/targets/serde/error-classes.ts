import type { PackageBuilder } from "../../core/generated-package.js";
import type { TargetContext } from "../../core/target.js";
import type { TsSymbol } from "../../core/ts-file.js";
import type { SerdeErrorSymbols } from "../../protocols/protocol.js";

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

/**
 * `LightsailSerializationError`: thrown by `buildXRequest` before anything is sent, when the input
 * does not match the model (a caller in plain JavaScript passed a number where a string is
 * modelled, say). It is a plain `Error`: there is no response, so no `$metadata`.
 */
export function writeSerializationErrorFile(pkg: PackageBuilder, classes: SerdeErrorClasses): void {
  const { name, from } = classes.serialization;
  const file = pkg.tsFile(from);
  file.declare(name);
  file.declare(`${name}Options`);
  file.line(`export interface ${name}Options {
  readonly operation: string;
  readonly path: string;
  readonly expected: string;
  readonly received: string;
  readonly cause?: unknown;
}

/**
 * The input of an operation does not match the model, so no request was built. It names the
 * operation, the JSON path of the bad value in the input (\`$.pageToken\`), what the model expects
 * there and what was given.
 */
export class ${name} extends Error {
  override readonly name = "${name}";
  /** The operation whose input was rejected, e.g. \`GetExportSnapshotRecords\`. */
  readonly operation: string;
  /** The path of the bad value in the input, e.g. \`$.tags[2].key\`; \`$\` for the input itself. */
  readonly path: string;
  /** What the model describes there, e.g. \`string\`. */
  readonly expected: string;
  /** What was there instead, e.g. \`number 42\`. */
  readonly received: string;

  constructor(options: ${name}Options) {
    super(\`\${options.operation}: invalid input at \${options.path}: expected \${options.expected}, received \${options.received}\`);
    this.operation = options.operation;
    this.path = options.path;
    this.expected = options.expected;
    this.received = options.received;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}`);
}

/**
 * `LightsailDeserializationError`: thrown by `parseXResponse` when a response body is not JSON,
 * is truncated, or holds a value of the wrong type. It extends the service's base exception, so
 * that one `catch` of `LightsailServiceException` sees every failed call, with the response's
 * status and request id in `$metadata` as usual.
 */
export function writeDeserializationErrorFile(pkg: PackageBuilder, classes: SerdeErrorClasses): void {
  const { name, from } = classes.deserialization;
  const file = pkg.tsFile(from);
  file.declare(name);
  file.declare(`${name}Options`);
  const base = file.value(classes.serviceException);
  const responseMetadata = file.type({ name: "ResponseMetadata", from: "@smithy/types" });
  file.line(`export interface ${name}Options {
  readonly operation: string;
  readonly $metadata: ${responseMetadata};
  readonly path: string;
  readonly expected: string;
  readonly received: string;
  readonly cause?: unknown;
}

/**
 * The response of an operation could not be read: its body is not JSON, is truncated, or holds a
 * value of the wrong type. It names the operation, the JSON path of the bad value
 * (\`$.exportSnapshotRecords[3].createdAt\`, or \`$\` for the body itself), what the model expects
 * there and what came; \`$metadata\` has the HTTP status and request id. Its \`$fault\` is \`client\`
 * for a 4xx response and \`server\` otherwise.
 */
export class ${name} extends ${base} {
  /** The operation whose response could not be read, e.g. \`GetExportSnapshotRecords\`. */
  readonly operation: string;
  /** The JSON path of the bad value, e.g. \`$.exportSnapshotRecords[3].createdAt\`. */
  readonly path: string;
  /** What the model describes there, e.g. \`epoch-seconds timestamp\`. */
  readonly expected: string;
  /** What came instead, e.g. \`string "yesterday"\`. */
  readonly received: string;

  constructor(options: ${name}Options) {
    const status = options.$metadata.httpStatusCode;
    const requestId = options.$metadata.requestId;
    super({
      name: "${name}",
      $fault: status !== undefined && status >= 400 && status < 500 ? "client" : "server",
      $metadata: options.$metadata,
      message:
        \`\${options.operation}: cannot read the response (HTTP \${status ?? "status unknown"}\${requestId ? \`, request id \${requestId}\` : ""}): \` +
        \`\${options.path}: expected \${options.expected}, received \${options.received}\`,
    });
    this.operation = options.operation;
    this.path = options.path;
    this.expected = options.expected;
    this.received = options.received;
    if (options.cause !== undefined) this.cause = options.cause;
  }
}`);
}

/**
 * `LightsailUnsupportedOperationError`: what the functions of an operation throw when it needs a
 * feature (an event stream, say) that smithy-gen does not support yet.
 */
export function writeUnsupportedOperationErrorFile(pkg: PackageBuilder, classes: SerdeErrorClasses): void {
  const { name, from } = classes.unsupportedOperation;
  const file = pkg.tsFile(from);
  file.declare(name);
  file.line(`/**
 * The operation needs something this generated package does not support (an event stream, say),
 * so its requests cannot be built nor its responses read.
 */
export class ${name} extends Error {
  override readonly name = "${name}";
  /** The operation, e.g. \`SubscribeToShard\`. */
  readonly operation: string;
  /** What it needs, e.g. \`event streams\`. */
  readonly missing: readonly string[];

  constructor(operation: string, missing: readonly string[]) {
    super(\`\${operation} needs \${missing.join(" and ")}, which this package (generated by smithy-gen) does not support\`);
    this.operation = operation;
    this.missing = missing;
  }
}`);
}
