import type { UnionShape } from "../../model/shapes.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import { propertyKey, upperFirst } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import { memberDocLines, shapeDocLines } from "./docs.js";
import { memberProperties, renamedMemberNote } from "./member-names.js";
import { typeExpression } from "./type-expression.js";

/** The name of the interface of one union member inside the union's namespace: `ImageMember`. */
export function unionMemberInterfaceName(memberName: string): string {
  return `${upperFirst(memberName)}Member`;
}

/** The arm a union value takes when the service sends a member this client does not know. */
export const UNKNOWN_UNION_MEMBER = "$unknown";

/**
 * `src/models/<shape>.ts`: a tagged union in the official SDK's form. Each member is an interface
 * in a type-only namespace that sets its own key and forbids the others (`b?: never`), so that
 * checking one key narrows the value; the `$unknown` arm carries a member this version of the
 * client does not know yet, as `[name, value]`.
 */
export function writeUnionFile(context: TargetContext, pkg: PackageBuilder, shape: UnionShape): void {
  const { model, symbols } = context;
  const home = symbols.typeHome(shape.id);
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  const members = memberProperties(model, shape);
  // The arm interfaces live in the namespace's scope: an imported type of the same name must be aliased.
  for (const { property } of members) file.declare(unionMemberInterfaceName(property));
  file.declare("$UnknownMember");
  const arms = [...members.map((m) => `${home.name}.${unionMemberInterfaceName(m.property)}`), `${home.name}.$UnknownMember`];
  file.doc(shapeDocLines(shape, ["Exactly one member is set."]));
  file.line(`export type ${home.name} =`);
  file.indent(() => arms.forEach((arm, i) => file.line(`| ${arm}${i === arms.length - 1 ? ";" : ""}`)));
  file.line();
  file.doc([`The members of {@link ${home.name}}.`]);
  file.block(`export declare namespace ${home.name} {`, () => {
    const writeArm = (name: string, docs: string[], setKey: string, setType: string): void => {
      file.doc(docs);
      file.block(`interface ${name} {`, () => {
        for (const other of members) {
          const key = propertyKey(other.property);
          if (key === setKey) file.line(`${key}: ${setType};`);
          else file.line(`${key}?: never;`);
        }
        if (setKey === UNKNOWN_UNION_MEMBER) file.line(`${UNKNOWN_UNION_MEMBER}: [string, unknown];`);
        else file.line(`${UNKNOWN_UNION_MEMBER}?: never;`);
      });
    };
    members.forEach((entry, i) => {
      if (i > 0) file.line();
      const { member } = entry;
      const target = model.expectShape(member.target, member.location);
      const docs = memberDocLines(member, target, renamedMemberNote(entry));
      writeArm(unionMemberInterfaceName(entry.property), docs, propertyKey(entry.property), typeExpression(context, file, member.target));
    });
    if (members.length) file.line();
    writeArm(
      "$UnknownMember",
      ["A member this version of the client does not know: its name and its value as sent by the service."],
      UNKNOWN_UNION_MEMBER,
      "",
    );
  });
}
