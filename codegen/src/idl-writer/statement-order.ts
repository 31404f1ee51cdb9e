import type { Model } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import type { Shape } from "../model/shapes.js";

/** Services, resources and operations first, then the other shapes, each group by shape id. */
export function statementOrder(model: Model, ids: readonly ShapeId[]): ShapeId[] {
  const rank = (shape: Shape): number => (shape.type === "service" ? 0 : shape.type === "resource" ? 1 : shape.type === "operation" ? 2 : 3);
  return [...ids].sort((a, b) => rank(model.expectShape(a)) - rank(model.expectShape(b)) || compareCodeUnits(a, b));
}
