import { ModelError, type SourceLocation } from "./diagnostics.js";
import type { NodeObject, NodeValue } from "./node.js";
import type { ShapeId } from "./shape-id.js";
import { membersOf, type MemberShape, type Shape, type ShapeType, type Traits } from "./shapes.js";

/**
 * An assembled Smithy model: every shape by absolute id (prelude included) plus merged metadata.
 * Knows nothing of TypeScript; emitters walk it through the knowledge indexes.
 */
export class Model {
  readonly shapes: Map<ShapeId, Shape>;
  readonly metadata: NodeObject;

  constructor(shapes: Map<ShapeId, Shape> = new Map(), metadata: NodeObject = {}) {
    this.shapes = shapes;
    this.metadata = metadata;
  }

  getShape(id: ShapeId): Shape | undefined {
    return this.shapes.get(id);
  }

  /** The shape, or a ModelError naming the id and where it was referenced from. */
  expectShape(id: ShapeId, referencedFrom?: SourceLocation): Shape {
    const shape = this.shapes.get(id);
    if (!shape) throw ModelError.at(referencedFrom, `shape \`${id}\` is not defined in the model`, "Target");
    return shape;
  }

  expectShapeOfType<T extends ShapeType>(id: ShapeId, type: T, referencedFrom?: SourceLocation): Extract<Shape, { type: T }> {
    const shape = this.expectShape(id, referencedFrom);
    if (shape.type !== type) {
      throw ModelError.at(referencedFrom ?? shape.location, `shape \`${id}\` is a ${shape.type}, expected a ${type}`, "Target");
    }
    return shape as Extract<Shape, { type: T }>;
  }

  /** A member by its absolute id `ns#Shape$member`. */
  getMember(id: ShapeId): MemberShape | undefined {
    const dollar = id.indexOf("$");
    if (dollar < 0) return undefined;
    const container = this.shapes.get(id.slice(0, dollar));
    if (!container) return undefined;
    const name = id.slice(dollar + 1);
    return membersOf(container).find((m) => m.name === name);
  }

  /** The shape a member targets. */
  targetOf(member: MemberShape): Shape {
    return this.expectShape(member.target, member.location);
  }

  shapesOfType<T extends ShapeType>(type: T): Extract<Shape, { type: T }>[] {
    const out: Extract<Shape, { type: T }>[] = [];
    for (const shape of this.shapes.values()) if (shape.type === type) out.push(shape as Extract<Shape, { type: T }>);
    return out;
  }
}

export function hasTrait(shape: { traits: Traits }, traitId: ShapeId): boolean {
  return Object.prototype.hasOwnProperty.call(shape.traits, traitId);
}

export function getTrait(shape: { traits: Traits }, traitId: ShapeId): NodeValue | undefined {
  return Object.prototype.hasOwnProperty.call(shape.traits, traitId) ? shape.traits[traitId] : undefined;
}
