import type { PackageBuilder } from "../../core/generated-package.js";
import { isErrorShape } from "../../core/symbols.js";
import type { TargetContext } from "../../core/target.js";
import { PRELUDE_NAMESPACE, shapeIdNamespace } from "../../model/shape-id.js";
import { writeNamedExports } from "../paginators/index.js";
import { serdeErrorClasses } from "../serde/error-classes.js";
import { ERRORS_SUBPATH } from "../serde/index.js";
import type { ClientSymbols } from "./client-symbols.js";
import { endpointDiscoveryOf } from "./endpoint-discovery.js";
import { WAITER_ERRORS, waitersOf } from "./waiter-files.js";

interface ExportEntry {
  readonly name: string;
  readonly from: string;
  readonly kind: "type" | "value";
}

/**
 * What the types package exports that users of the client need: every named shape's type
 * (structures and unions are types only; enums are also `as const` objects) and the error classes.
 */
export function typesPackageExports(context: TargetContext): ExportEntry[] {
  const { symbols, index } = context;
  const from = symbols.packageName("types");
  const out: ExportEntry[] = [{ name: symbols.serviceExceptionHome().name, from, kind: "value" }];
  for (const shape of index.closure) {
    if (shapeIdNamespace(shape.id) === PRELUDE_NAMESPACE) continue;
    if (shape.type === "structure" || shape.type === "union") {
      out.push({ name: symbols.typeName(shape.id), from, kind: isErrorShape(shape) ? "value" : "type" });
    } else if (shape.type === "enum" || shape.type === "intEnum") {
      out.push({ name: symbols.typeName(shape.id), from, kind: "value" });
    }
  }
  return out;
}

/** `src/index.ts`: the client, the commands, the configuration, and the service's types and errors. */
export function writeClientIndexFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const { symbols, index } = context;
  const file = pkg.tsFile("src/index.ts");
  const clientFile = symbols.clientHome().file;
  const exports: ExportEntry[] = [
    { name: symbols.clientHome().name, from: clientFile, kind: "value" },
    { name: symbols.clientConfigHome().name, from: clientFile, kind: "type" },
    { name: names.clientResolvedConfig.name, from: clientFile, kind: "type" },
    { name: names.serviceInputTypes.name, from: clientFile, kind: "type" },
    { name: names.serviceOutputTypes.name, from: clientFile, kind: "type" },
    { name: symbols.aggregateClientHome().name, from: symbols.aggregateClientHome().file, kind: "value" },
    { name: names.configurationError.name, from: names.configurationError.from, kind: "value" },
    { name: names.endpointParameters.name, from: names.endpointParameters.from, kind: "type" },
  ];
  for (const operation of index.operations) {
    exports.push({ name: symbols.commandHome(operation).name, from: symbols.commandHome(operation).file, kind: "value" });
    exports.push({ name: symbols.commandInputHome(operation).name, from: symbols.commandInputHome(operation).file, kind: "type" });
    exports.push({ name: symbols.commandOutputHome(operation).name, from: symbols.commandOutputHome(operation).file, kind: "type" });
  }
  // Waiters, and the runtime's errors they throw, only for a service that has some.
  const waiters = waitersOf(context);
  for (const waiter of waiters) exports.push({ name: waiter.functionName, from: waiter.file, kind: "value" });
  if (waiters.length > 0) for (const name of WAITER_ERRORS) exports.push({ name, from: "@smithy-gen/waiters", kind: "value" });
  // The typed error of a failed endpoint discovery, only for a service that discovers endpoints.
  if (endpointDiscoveryOf(context)) exports.push({ name: "EndpointDiscoveryError", from: "@smithy-gen/aws-client/endpoint-discovery", kind: "value" });
  exports.push(...typesPackageExports(context));
  // The serde package's typed errors: bad input before sending, a malformed response after.
  const serdeErrors = serdeErrorClasses(context);
  for (const error of [serdeErrors.serialization, serdeErrors.deserialization]) {
    exports.push({ name: error.name, from: `${symbols.packageName("serde")}${ERRORS_SUBPATH.slice(1)}`, kind: "value" });
  }
  writeNamedExports(file, exports);
}
