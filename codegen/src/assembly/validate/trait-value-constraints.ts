import { hasTrait } from "../../model/model.js";
import { isNodeNumber, isNodeObject, type NodeValue } from "../../model/node.js";
import { PRELUDE_NAMESPACE, tryParseShapeId, type ShapeId } from "../../model/shape-id.js";
import { isMembersShape, type Shape, type Traits } from "../../model/shapes.js";
import type { ValidationContext } from "./context.js";

/**
 * The constraint traits of a trait definition's shapes and members, applied to a trait value
 * whose type already fits: `@length`, `@range`, `@pattern` and `@idRef`, as Smithy's node
 * validation applies them. A problem is an error, except an `@idRef` to a missing shape without
 * `failWhenMissing`, which Smithy only warns about (returned as a warning).
 */
export interface ConstraintProblem {
  readonly severity: "error" | "warning";
  readonly message: string;
}

/** `constraints` are the member's traits, then its target's (the member's win when both set one). */
export function constraintProblem(
  context: Pick<ValidationContext, "shapes" | "flat">,
  value: NodeValue,
  constraints: readonly Traits[],
  path: string,
): ConstraintProblem | undefined {
  const trait = (id: ShapeId): NodeValue | undefined => {
    for (const traits of constraints) if (traits[id] !== undefined) return traits[id];
    return undefined;
  };
  const error = (message: string): ConstraintProblem => ({ severity: "error", message: `${path}: ${message}` });

  const length = trait("smithy.api#length");
  if (isNodeObject(length)) {
    const size = sizeOf(value);
    if (size !== undefined) {
      const { min, max } = length as { min?: NodeValue; max?: NodeValue };
      if (isNodeNumber(min) && size < min) return error(`${describeSize(value, size)}, less than the @length minimum ${min}`);
      if (isNodeNumber(max) && size > max) return error(`${describeSize(value, size)}, more than the @length maximum ${max}`);
    }
  }

  const range = trait("smithy.api#range");
  if (isNodeObject(range) && isNodeNumber(value)) {
    const { min, max } = range as { min?: NodeValue; max?: NodeValue };
    // number and bigint compare exactly with each other, so big bounds and values need no rounding
    if (isNodeNumber(min) && value < min) return error(`${value} is less than the @range minimum ${min}`);
    if (isNodeNumber(max) && value > max) return error(`${value} is more than the @range maximum ${max}`);
  }

  const pattern = trait("smithy.api#pattern");
  if (typeof pattern === "string" && typeof value === "string") {
    const regex = compile(pattern);
    if (regex && !regex.test(value)) return error(`${JSON.stringify(value)} does not match the @pattern ${JSON.stringify(pattern)}`);
  }

  const idRef = trait("smithy.api#idRef");
  if (idRef !== undefined && typeof value === "string") return idRefProblem(context, value, isNodeObject(idRef) ? idRef : {}, path);
  return undefined;
}

function sizeOf(value: NodeValue): number | undefined {
  if (typeof value === "string") {
    let count = 0;
    for (const _ of value) count++; // code points, as Smithy counts them
    return count;
  }
  if (Array.isArray(value)) return value.length;
  if (isNodeObject(value)) return Object.keys(value).length;
  return undefined;
}

function describeSize(value: NodeValue, size: number): string {
  const count = (one: string, many: string): string => `${size} ${size === 1 ? one : many}`;
  if (typeof value === "string") return `${JSON.stringify(value)} has ${count("character", "characters")}`;
  if (Array.isArray(value)) return `the list has ${count("element", "elements")}`;
  return `the map has ${count("entry", "entries")}`;
}

const compiled = new Map<string, RegExp | null>();

/** Smithy patterns are ECMA 262 regular expressions, not implicitly anchored. */
function compile(pattern: string): RegExp | undefined {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = tryRegExp(pattern, "u") ?? tryRegExp(pattern, "") ?? null;
    compiled.set(pattern, regex);
  }
  return regex ?? undefined;
}

function tryRegExp(pattern: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return undefined;
  }
}

function idRefProblem(
  context: Pick<ValidationContext, "shapes" | "flat">,
  value: string,
  idRef: { readonly [key: string]: NodeValue },
  path: string,
): ConstraintProblem | undefined {
  const parsed = tryParseShapeId(value);
  if (!parsed) return { severity: "error", message: `${path}: ${JSON.stringify(value)} is not an absolute shape id` };
  const defined = context.shapes.get(`${parsed.namespace}#${parsed.name}`);
  const container = defined && context.flat(defined);
  const member = parsed.member === undefined || !container || !isMembersShape(container) ? undefined : container.members.get(parsed.member);
  const found = parsed.member === undefined ? container : member;
  if (!found) {
    const message = `${path}: shape \`${value}\` is not defined in the model`;
    return { severity: idRef["failWhenMissing"] === true ? "error" : "warning", message };
  }
  const selector = idRef["selector"];
  if (typeof selector === "string" && parsed.member === undefined && container) {
    const matches = matchesSimpleSelector(container, selector);
    if (matches === false) {
      const reason = typeof idRef["errorMessage"] === "string" ? `: ${idRef["errorMessage"]}` : "";
      return { severity: "error", message: `${path}: shape \`${value}\` is a ${container.type}, which does not match the selector \`${selector}\`${reason}` };
    }
  }
  return undefined;
}

const SIMPLE_SELECTOR = /^\s*(\*|[a-zA-Z]+)?((?:\[trait\|[A-Za-z0-9_.#]+\])*)\s*$/;
const TYPE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  simpleType: ["blob", "boolean", "document", "string", "enum", "integer", "intEnum", "byte", "short", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp"],
  number: ["integer", "intEnum", "byte", "short", "long", "float", "double", "bigInteger", "bigDecimal"],
  collection: ["list", "set"],
};

/**
 * Whether a shape matches a selector of the simple forms trait definitions use: a shape type
 * (or `*`, `simpleType`, `number`, `collection`) followed by `[trait|name]` attributes, or a
 * chain `a > b` whose last step decides (the relationship itself is not checked). Any other
 * selector gives undefined: not checked.
 */
export function matchesSimpleSelector(shape: Shape, selector: string): boolean | undefined {
  const last = selector.split(">").at(-1)!;
  const match = SIMPLE_SELECTOR.exec(last);
  if (!match) return undefined;
  const [, type, attributes] = match;
  if (type && type !== "*") {
    const types = TYPE_CATEGORIES[type] ?? [type === "set" ? "list" : type];
    const shapeType = shape.type === "set" ? "list" : shape.type;
    if (!types.includes(shapeType)) return false;
  }
  for (const [, name] of (attributes ?? "").matchAll(/\[trait\|([A-Za-z0-9_.#]+)\]/g)) {
    const id = name!.includes("#") ? name! : `${PRELUDE_NAMESPACE}#${name}`;
    if (!hasTrait(shape, id)) return false;
  }
  return true;
}
