import type { PackageBuilder } from "../../core/generated-package.js";
import type { SymbolProvider } from "../../core/symbols.js";
import type { TargetContext } from "../../core/target.js";
import type { TsFile } from "../../core/ts-file.js";
import type { ShapeId } from "../../model/shape-id.js";
import type { MemberShape, MembersShape, Shape } from "../../model/shapes.js";
import type { ProtocolGeneratorContext } from "../../protocols/protocol.js";
import { memberProperties } from "../types/member-names.js";
import { typeExpression } from "../types/type-expression.js";
import type { SerdeErrorClasses } from "./error-classes.js";
import { converterNames } from "./converter-names.js";
import type { SerdePlan } from "./serde-plan.js";

/**
 * The symbol provider as the serde package sees it: the types package decides how a shape is
 * typed (`typeExpression`), and its named types are imported from that package.
 */
function seenFromSerde(symbols: SymbolProvider): SymbolProvider {
  return { ...symbols, symbol: (home) => symbols.symbol(home, "serde") };
}

/** What the protocol generator of a serde package sees. */
export function createGeneratorContext(
  context: TargetContext,
  pkg: PackageBuilder,
  plan: Pick<SerdePlan, "shapes" | "supported" | "eventStreams" | "serialized" | "deserialized">,
  errors: SerdeErrorClasses,
): ProtocolGeneratorContext {
  const { symbols, model } = context;
  const typesView: TargetContext = { ...context, symbols: seenFromSerde(symbols) };
  const propertiesOf = new Map<ShapeId, Map<string, string>>();
  const propertyName = (container: Shape, member: MemberShape): string => {
    if (container.type !== "structure" && container.type !== "union") return member.name;
    let properties = propertiesOf.get(container.id);
    if (!properties) {
      properties = new Map(memberProperties(model, container as MembersShape).map((entry) => [entry.member.name, entry.property]));
      propertiesOf.set(container.id, properties);
    }
    return properties.get(member.name) ?? member.name;
  };
  return {
    target: context,
    pkg,
    operations: [...plan.supported, ...plan.eventStreams],
    shapes: plan.shapes,
    names: converterNames(context, plan),
    errors,
    typeOf: (file: TsFile, id: ShapeId) => typeExpression(typesView, file, id),
    propertyName,
  };
}
