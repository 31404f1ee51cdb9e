import { getTrait } from "../../model/model.js";
import { isNodeObject } from "../../model/node.js";
import { shapeIdNamespace } from "../../model/shape-id.js";
import type { StructureShape } from "../../model/shapes.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import { propertyAccess, propertyKey } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import { memberDocLines, shapeDocLines } from "./docs.js";
import { memberProperties, renamedMemberNote } from "./member-names.js";
import { isRequiredMember } from "./members.js";
import { typeExpression } from "./type-expression.js";

const SMITHY_CLIENT = "@smithy/core/client";

/** `client` or `server`, from `@error`. */
export function faultOf(shape: StructureShape): "client" | "server" {
  return getTrait(shape, "smithy.api#error") === "server" ? "server" : "client";
}

/**
 * `src/errors/<service>-service-exception.ts`: the base class of every error of the service. It
 * adds nothing to `ServiceException` but a class to catch; serde throws it for error codes the
 * model does not describe.
 */
export function writeServiceExceptionFile(context: TargetContext, pkg: PackageBuilder): void {
  const { symbols, index } = context;
  const home = symbols.serviceExceptionHome();
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  const base = file.value({ name: "ServiceException", from: SMITHY_CLIENT });
  file.doc([
    `The base class of every error the ${symbols.serviceName} service returns. Each modelled error extends it;`,
    "an error the model does not describe is thrown as an instance of this class itself.",
    "",
    `Smithy service \`${index.service.id}\`.`,
  ]);
  file.block(`export class ${home.name} extends ${base} {`, () => {
    // The shape id lets `instanceof` recognise errors made by another copy of this package.
    file.line(`static override readonly shapeId: string = ${JSON.stringify(`${shapeIdNamespace(index.service.id)}#${home.name}`)};`);
  });
}

/**
 * `src/errors/<shape>.ts`: a class for one modelled error, with the official SDK's constructor
 * (`ExceptionOptionType<X, Base>`: the modelled members, `message` and `$metadata`).
 */
export function writeErrorFile(context: TargetContext, pkg: PackageBuilder, shape: StructureShape): void {
  const { model, symbols } = context;
  const home = symbols.typeHome(shape.id);
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  const base = file.value(symbols.symbol(symbols.serviceExceptionHome(), "types"));
  const optionType = file.type({ name: "ExceptionOptionType", from: SMITHY_CLIENT });
  const errorName = symbols.shapeName(shape.id);
  const fault = faultOf(shape);
  const retryable = getTrait(shape, "smithy.api#retryable");
  const members = memberProperties(model, shape);

  file.doc(shapeDocLines(shape));
  file.block(`export class ${home.name} extends ${base} {`, () => {
    file.line(`static override readonly shapeId: string = ${JSON.stringify(shape.id)};`);
    // Declared, not initialized: the constructor of ServiceException sets both from the options
    // below, and a bundle carries each name once.
    file.line(`declare readonly name: ${JSON.stringify(errorName)};`);
    file.line(`declare readonly $fault: ${JSON.stringify(fault)};`);
    if (retryable !== undefined) {
      // As the official SDK: `{ throttling: true }` for a throttling error, else `{}`.
      const throttling = isNodeObject(retryable) && retryable.throttling === true;
      file.line(`override readonly $retryable = ${throttling ? "{ throttling: true }" : "{}"};`);
    }
    for (const entry of members) {
      const { member, property, inherited } = entry;
      if (inherited) continue;
      const target = model.expectShape(member.target, member.location);
      file.doc(memberDocLines(member, target, renamedMemberNote(entry)));
      const type = typeExpression(context, file, member.target);
      const key = propertyKey(property);
      // Declared: the constructor assigns every member, so that each is an own property.
      file.line(isRequiredMember(member) ? `declare ${key}: ${type};` : `declare ${key}?: ${type} | undefined;`);
    }
    file.line();
    file.doc([
      "Creates the error from its modelled members, the response's `$metadata` and, when the service sent one,",
      "its `message`.",
    ]);
    file.block(`constructor(options: Omit<${optionType}<${home.name}, ${base}>, "message"> & { message?: string | undefined }) {`, () => {
      file.line(`super({ ...options, name: ${JSON.stringify(errorName)}, $fault: ${JSON.stringify(fault)} });`);
      for (const { property, inherited } of members) {
        if (!inherited) file.line(`${propertyAccess("this", property)} = ${propertyAccess("options", property)};`);
      }
    });
  });
}
