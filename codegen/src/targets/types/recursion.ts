import type { Model } from "../../model/model.js";
import type { ShapeId } from "../../model/shape-id.js";
import { membersOf, type Shape } from "../../model/shapes.js";

/**
 * Which shapes are recursive, and how deep a generated value has to go through each recursive
 * reference. Arbitraries of recursive shapes take a `depth` budget: a reference that stays inside
 * the shape's strongly connected component (a cycle) spends one level when it enters a structure
 * or union, so that generation always ends, yet reaches every nesting the budget allows.
 */
export interface RecursionIndex {
  /** Whether the shape is part of a cycle of member references. */
  isRecursive(id: ShapeId): boolean;
  /** Whether a reference from `from` to `to` stays inside one cycle. */
  sameCycle(from: ShapeId, to: ShapeId): boolean;
  /** Levels of depth a reference from `from` to `to` spends: 0 or 1 (only within a cycle). */
  cost(from: ShapeId, to: ShapeId): number;
}

const isAggregate = (shape: Shape | undefined): boolean => shape?.type === "structure" || shape?.type === "union";

/** Tarjan's algorithm over member references of the given shapes (iterative: models can be deep). */
export function createRecursionIndex(model: Model, shapes: readonly Shape[]): RecursionIndex {
  const ids = new Set(shapes.map((s) => s.id));
  const successors = (id: ShapeId): ShapeId[] => {
    const shape = model.getShape(id);
    return shape ? membersOf(shape).map((m) => m.target).filter((t) => ids.has(t)) : [];
  };
  const indexOf = new Map<ShapeId, number>();
  const lowLink = new Map<ShapeId, number>();
  const onStack = new Set<ShapeId>();
  const stack: ShapeId[] = [];
  const component = new Map<ShapeId, number>();
  const componentSize: number[] = [];
  const componentHasAggregate: boolean[] = [];
  let counter = 0;

  for (const root of ids) {
    if (indexOf.has(root)) continue;
    const work: { id: ShapeId; next: ShapeId[]; i: number }[] = [];
    const open = (id: ShapeId): void => {
      indexOf.set(id, counter);
      lowLink.set(id, counter);
      counter++;
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: successors(id), i: 0 });
    };
    open(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.next.length) {
        const next = frame.next[frame.i++]!;
        if (!indexOf.has(next)) open(next);
        else if (onStack.has(next)) lowLink.set(frame.id, Math.min(lowLink.get(frame.id)!, indexOf.get(next)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.id, Math.min(lowLink.get(parent.id)!, lowLink.get(frame.id)!));
      if (lowLink.get(frame.id) === indexOf.get(frame.id)) {
        const number = componentSize.length;
        let size = 0;
        let aggregate = false;
        for (;;) {
          const member = stack.pop()!;
          onStack.delete(member);
          component.set(member, number);
          size++;
          aggregate ||= isAggregate(model.getShape(member));
          if (member === frame.id) break;
        }
        componentSize.push(size);
        componentHasAggregate.push(aggregate);
      }
    }
  }

  const selfReferencing = new Set([...ids].filter((id) => successors(id).includes(id)));
  const isRecursive = (id: ShapeId): boolean => {
    const number = component.get(id);
    return number !== undefined && (componentSize[number]! > 1 || selfReferencing.has(id));
  };
  const sameCycle = (from: ShapeId, to: ShapeId): boolean =>
    isRecursive(from) && component.get(from) !== undefined && component.get(from) === component.get(to);
  return {
    isRecursive,
    sameCycle,
    cost(from, to) {
      if (!sameCycle(from, to)) return 0;
      return isAggregate(model.getShape(to)) || !componentHasAggregate[component.get(to)!] ? 1 : 0;
    },
  };
}
