import { hasTrait, UNIT, type Model, type ShapeId } from "@smithy-gen/codegen";
import { NumericValue } from "@smithy/core/serde";

/**
 * The smallest input the client accepts for an operation whose response a test feeds it: the
 * required members only, each with a placeholder of its type. Response tests do not say what
 * was sent; the request must only get past the serializer.
 */
export function minimalInput(model: Model, inputId: ShapeId): Record<string, unknown> {
  if (inputId === UNIT) return {};
  const value = placeholder(model, inputId, new Set());
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function placeholder(model: Model, id: ShapeId, visiting: Set<ShapeId>): unknown {
  const shape = model.expectShape(id);
  switch (shape.type) {
    case "structure": {
      if (visiting.has(id)) return {};
      visiting.add(id);
      const out: Record<string, unknown> = {};
      for (const member of shape.members.values()) {
        if (hasTrait(member, "smithy.api#required") && !hasTrait(member, "smithy.api#clientOptional")) {
          out[member.name] = placeholder(model, member.target, visiting);
        }
      }
      visiting.delete(id);
      return out;
    }
    case "union": {
      const first = [...shape.members.values()][0];
      if (!first || visiting.has(id)) return {};
      visiting.add(id);
      const value = first.target === UNIT ? {} : placeholder(model, first.target, visiting);
      visiting.delete(id);
      return { [first.name]: value };
    }
    case "enum":
    case "intEnum": {
      const first = [...shape.members.values()][0];
      const value = first?.traits["smithy.api#enumValue"];
      return value ?? (shape.type === "enum" ? first?.name ?? "" : 0);
    }
    case "list":
    case "set":
      return [];
    case "map":
      return {};
    case "string":
      return "placeholder";
    case "blob":
      return new Uint8Array();
    case "boolean":
      return false;
    case "timestamp":
      return new Date(0);
    case "bigInteger":
      return 0n;
    case "bigDecimal":
      return new NumericValue("0", "bigDecimal");
    case "document":
      return {};
    default:
      return 0;
  }
}
