import { propertyKey } from "../core/naming.js";
import type { TsFile, TsSymbol } from "../core/ts-file.js";
import { getTrait, hasTrait } from "../model/model.js";
import { compareCodeUnits, isNodeObject } from "../model/node.js";
import { shapeIdName } from "../model/shape-id.js";
import type { OperationShape } from "../model/shapes.js";
import type { ProtocolGeneratorContext } from "./protocol.js";

/**
 * `const errors: ErrorTable = { Code: deserializeX, ... }`: the errors an operation can return, by
 * the code the service names them with (the shape name, and for an `@awsQueryCompatible` service its
 * `@awsQueryError` code as well), sorted by code. Shared by the RPC protocols; returns the table's name.
 */
export function writeErrorTable(file: TsFile, context: ProtocolGeneratorContext, operation: OperationShape, tableType: TsSymbol): string {
  const { model, index } = context.target;
  const queryCompatible = hasTrait(index.service, "aws.protocols#awsQueryCompatible");
  const codesOf = (id: string): string[] => {
    const codes = [shapeIdName(id)];
    const queryError = getTrait(model.expectShape(id), "aws.protocols#awsQueryError");
    if (queryCompatible && isNodeObject(queryError) && typeof queryError.code === "string" && queryError.code !== codes[0]) codes.push(queryError.code);
    return codes;
  };
  const errors = index
    .errorsOf(operation)
    .flatMap((id) => codesOf(id).map((code) => ({ code, id })))
    .sort((a, b) => compareCodeUnits(a.code, b.code));
  const tableName = "errors";
  file.declare(tableName);
  file.doc([`The errors \`${shapeIdName(operation.id)}\` can return, by the code the service names them with.`]);
  if (errors.length === 0) file.line(`const ${tableName}: ${file.type(tableType)} = {};`);
  else {
    file.block(`const ${tableName}: ${file.type(tableType)} = {`, () => {
      for (const { code, id } of errors) file.line(`${propertyKey(code)}: ${file.value(context.names.deserializer(id))},`);
    }, "};");
  }
  return tableName;
}
