import type { TargetContext } from "../../core/target.js";
import type { ShapeId } from "../../model/shape-id.js";
import type { ConverterNames } from "../../protocols/protocol.js";
import type { SerdePlan } from "./serde-plan.js";

/**
 * Where each converter of the serde package lives: in `src/shapes/` for the direction the package
 * needs (serializers of what operations send, deserializers of what they receive), else in
 * `test/converters/`, written only for the round-trip tests. A converter in `src/` only calls
 * converters in `src/`: the members of a shape the package sends are sent too.
 */
export function converterNames(context: TargetContext, plan: Pick<SerdePlan, "serialized" | "deserialized">): ConverterNames {
  const { symbols } = context;
  return {
    serializer: (id: ShapeId) => symbols.symbol(plan.serialized.has(id) ? symbols.serializerHome(id) : symbols.testSerializerHome(id), "serde"),
    deserializer: (id: ShapeId) => symbols.symbol(plan.deserialized.has(id) ? symbols.deserializerHome(id) : symbols.testDeserializerHome(id), "serde"),
  };
}
