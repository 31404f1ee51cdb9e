import type { Model, ShapeId } from "@smithy-gen/codegen";

/** The segments of a `differences` path: `$.a["b c"][0]` -> `["a", "b c", 0]`. */
export function pathSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  const pattern = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  if (!path.startsWith("$")) throw new Error(`not a value path: ${path}`);
  let position = 1;
  for (let match = pattern.exec(path); match; match = pattern.exec(path)) {
    if (match.index !== position) throw new Error(`cannot read the path ${path} at ${position}`);
    segments.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]!) as string)));
    position = pattern.lastIndex;
  }
  if (position !== path.length) throw new Error(`cannot read the path ${path} at ${position}`);
  return segments;
}

/** The value at `segments` inside `root`, or undefined where the path leaves it. */
export function valueAt(root: unknown, segments: readonly (string | number)[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/**
 * The shape a value path inside a modelled value leads to, walking the model from `root`:
 * structure and union members by name, list items by index, map values by key. Undefined where
 * the path leaves the model (an unknown union member, `$unknown`).
 */
export function shapeAt(model: Model, root: ShapeId, segments: readonly (string | number)[]): ShapeId | undefined {
  let id = root;
  for (const segment of segments) {
    const shape = model.getShape(id);
    if (!shape) return undefined;
    if (shape.type === "structure" || shape.type === "union") {
      const member = typeof segment === "string" ? shape.members.get(segment) : undefined;
      if (!member) return undefined;
      id = member.target;
    } else if ((shape.type === "list" || shape.type === "set") && typeof segment === "number") {
      id = shape.member.target;
    } else if (shape.type === "map") {
      id = shape.value.target;
    } else {
      return undefined;
    }
  }
  return id;
}

/** A `differences` line taken apart: its path's segments, and what the two sides hold there (as written). */
export function parseDifference(line: string): { segments: (string | number)[]; ours: string; official: string } | undefined {
  const match = /^(\$(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*): (.*) vs (.*)$/s.exec(line);
  if (!match) return undefined;
  return { segments: pathSegments(match[1]!), ours: match[2]!, official: match[3]! };
}
