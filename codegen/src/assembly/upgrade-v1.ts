import { hasTrait } from "../model/model.js";
import type { NodeValue } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { Shape, ShapeType } from "../model/shapes.js";
import type { SmithyVersion } from "./contribution.js";

const BOX = "smithy.api#box";
const DEFAULT = "smithy.api#default";

/** The types that had an implicit zero value in Smithy 1.0 unless boxed. */
const HAD_ZERO_VALUE_IN_1_0: ReadonlySet<ShapeType> = new Set(["byte", "short", "integer", "long", "float", "double", "boolean", "intEnum"]);

/**
 * Gives shapes of 1.0 files their 2.0 meaning, as Smithy's loader does: a number or boolean
 * shape that was not `@box`ed had a zero value, which 2.0 writes as `@default`; a structure
 * member targeting such a shape gets the same default, a boxed member `@default(null)`; an
 * optional member targeting a streaming blob defaults to an empty blob.
 */
export function upgradeV1Shapes(shapes: ReadonlyMap<ShapeId, Shape>, versionOf: (id: ShapeId) => SmithyVersion | undefined): void {
  for (const shape of shapes.values()) {
    if (versionOf(shape.id) === "1.0" && HAD_ZERO_VALUE_IN_1_0.has(shape.type) && !hasTrait(shape, BOX) && !hasTrait(shape, DEFAULT)) {
      shape.traits[DEFAULT] = zeroValue(shape.type);
    }
  }
  const isBoxed = (target: Shape): boolean => {
    if (hasTrait(target, BOX)) return true;
    // A 2.0 number or boolean shape without a zero default is nullable: the 1.0 notion of boxed.
    if (versionOf(target.id) === "1.0" || !HAD_ZERO_VALUE_IN_1_0.has(target.type)) return false;
    return !isZeroValue(target.traits[DEFAULT], target.type);
  };
  for (const shape of shapes.values()) {
    if (shape.type !== "structure" || versionOf(shape.id) !== "1.0") continue;
    for (const member of shape.members.values()) {
      const target = shapes.get(member.target);
      if (!target || hasTrait(member, DEFAULT)) continue;
      const streamingBlob = target.type === "blob" && hasTrait(target, "smithy.api#streaming") && !hasTrait(member, "smithy.api#required");
      if ((HAD_ZERO_VALUE_IN_1_0.has(target.type) || streamingBlob) && !hasTrait(member, BOX) && !isBoxed(target)) {
        member.traits[DEFAULT] = zeroValue(target.type);
      } else if (hasTrait(member, BOX)) {
        member.traits[DEFAULT] = null;
      }
    }
  }
}

function zeroValue(type: ShapeType): NodeValue {
  if (type === "boolean") return false;
  if (type === "blob" || type === "string") return "";
  return 0;
}

function isZeroValue(value: NodeValue | undefined, type: ShapeType): boolean {
  return value !== undefined && value === zeroValue(type);
}
