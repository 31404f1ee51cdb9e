import type { StructureShape } from "../../model/shapes.js";
import type { PackageBuilder } from "../../core/generated-package.js";
import { propertyKey } from "../../core/naming.js";
import type { TargetContext } from "../../core/target.js";
import { memberDocLines, shapeDocLines } from "./docs.js";
import { memberProperties, renamedMemberNote } from "./member-names.js";
import { isRequiredMember } from "./members.js";
import { typeExpression } from "./type-expression.js";

/** `src/models/<shape>.ts`: one interface; members in model order, optional unless `@required`. */
export function writeStructureFile(context: TargetContext, pkg: PackageBuilder, shape: StructureShape): void {
  const { model, symbols } = context;
  const home = symbols.typeHome(shape.id);
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  file.doc(shapeDocLines(shape));
  if (shape.members.size === 0) {
    file.line(`export interface ${home.name} {}`);
    return;
  }
  file.block(`export interface ${home.name} {`, () => {
    for (const entry of memberProperties(model, shape)) {
      const { member } = entry;
      const target = model.expectShape(member.target, member.location);
      file.doc(memberDocLines(member, target, renamedMemberNote(entry)));
      const type = typeExpression(context, file, member.target);
      const key = propertyKey(entry.property);
      file.line(isRequiredMember(member) ? `${key}: ${type};` : `${key}?: ${type} | undefined;`);
    }
  });
}
