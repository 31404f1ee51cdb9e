import type { MemberShape, Shape } from "../../../model/shapes.js";
import { PRELUDE_NAMESPACE, shapeIdNamespace, type ShapeId } from "../../../model/shape-id.js";
import { hasTrait } from "../../../model/model.js";
import { UNIT } from "../../../model/shapes.js";
import type { TargetContext } from "../../../core/target.js";
import type { TsFile } from "../../../core/ts-file.js";
import { constraintsOf, hasUniqueItems, integerBounds, isSparse, memberHasConstraints, type Bounds, type Constraints } from "../constraints.js";
import { isEnumLike } from "../enum-values.js";
import { isConstrainedSimpleShape } from "../named-shapes.js";
import { ecmaPattern } from "../patterns.js";
import type { RecursionIndex } from "../recursion.js";
import { arbitraryRuntime, FAST_CHECK } from "./support-files.js";

/** Where an arbitrary expression is printed. */
export interface ArbitraryScope {
  readonly context: TargetContext;
  readonly file: TsFile;
  readonly recursion: RecursionIndex;
  /** The shape whose arbitrary function is being written; references within its cycle spend `depth`. */
  readonly owner?: ShapeId;
  /** The expression holding the ArbitraryOptions in scope. */
  readonly options: string;
}

export const fcValue = (scope: ArbitraryScope, name: string): string => scope.file.value({ name, from: FAST_CHECK });
const helper = (scope: ArbitraryScope, name: Parameters<typeof arbitraryRuntime>[0]): string => scope.file.value(arbitraryRuntime(name));

/** Whether the shape has an exported arbitrary function of its own. */
export function hasNamedArbitrary(shape: Shape): boolean {
  if (shapeIdNamespace(shape.id) === PRELUDE_NAMESPACE) return false;
  if (shape.type === "structure" || shape.type === "union" || isEnumLike(shape)) return true;
  if (shape.type === "list" || shape.type === "set" || shape.type === "map") return true;
  return isConstrainedSimpleShape(shape);
}

/** Whether the arbitrary function of the shape takes a depth budget. */
export function takesDepth(recursion: RecursionIndex, shape: Shape): boolean {
  return recursion.isRecursive(shape.id);
}

/** Whether the arbitrary function of the shape takes options (constrained simple shapes do not). */
export function takesOptions(shape: Shape): boolean {
  return !isConstrainedSimpleShape(shape);
}

/** `{ min: 1, max: 2 }` with only the keys that are set, named as fast-check names them. */
function bounds(names: [string, string], value: Bounds | undefined, format: (n: number) => string = String): string[] {
  const out: string[] = [];
  if (value?.min !== undefined) out.push(`${names[0]}: ${format(value.min)}`);
  if (value?.max !== undefined) out.push(`${names[1]}: ${format(value.max)}`);
  return out;
}

const object = (entries: readonly string[]): string => (entries.length ? `{ ${entries.join(", ")} }` : "");

/** The largest float32 not above `value`, or the smallest not below it. */
function float32Inward(value: number, direction: "up" | "down"): number {
  const rounded = Math.fround(value);
  if (rounded === value || !Number.isFinite(rounded)) return rounded;
  const bits = new Float32Array([rounded]);
  const view = new Int32Array(bits.buffer);
  const tooLow = rounded < value;
  if (direction === "up" && tooLow) view[0]! += rounded >= 0 ? 1 : -1;
  if (direction === "down" && !tooLow) view[0]! += rounded > 0 ? -1 : 1;
  return bits[0]!;
}

function regexLiteral(source: string, flags: string): string {
  return flags ? `new RegExp(${JSON.stringify(source)}, ${JSON.stringify(flags)})` : `new RegExp(${JSON.stringify(source)})`;
}

function stringArbitrary(scope: ArbitraryScope, shape: Shape, constraints: Constraints): string {
  const pattern = constraints.pattern === undefined ? undefined : ecmaPattern(constraints.pattern);
  if (constraints.pattern !== undefined && !pattern) {
    scope.context.note({
      severity: "warning",
      code: "Pattern",
      subject: shape.id,
      message: `${shape.id}: @pattern ${JSON.stringify(constraints.pattern)} is not an ECMAScript regular expression; generated values ignore it`,
      ...(shape.location ? { location: shape.location } : {}),
    });
  }
  if (!pattern && !constraints.length) return `${fcValue(scope, "string")}({ unit: "binary" })`;
  const entries = bounds(["minLength", "maxLength"], constraints.length);
  if (pattern) {
    entries.push(`pattern: ${regexLiteral(pattern.source, pattern.flags)}`);
    const sources = [pattern.relaxed, pattern.lookaheadPrefix].filter((p) => p !== undefined);
    if (sources.length) entries.push(`generateFrom: [${sources.map((p) => regexLiteral(p.source, p.flags)).join(", ")}]`);
  }
  return `${helper(scope, "constrainedString")}({ ${entries.join(", ")} }, ${JSON.stringify(shape.id)})`;
}

function integerArbitrary(scope: ArbitraryScope, shape: Shape, constraints: Constraints): string {
  const type = shape.type === "byte" || shape.type === "short" || shape.type === "long" ? shape.type : "integer";
  const { min, max } = integerBounds(type, constraints.range);
  if (type === "long" && min === Number.MIN_SAFE_INTEGER && max === Number.MAX_SAFE_INTEGER) return `${fcValue(scope, "maxSafeInteger")}()`;
  if (min >= -2147483648 && max <= 2147483647) {
    if (min === -2147483648 && max === 2147483647) return `${fcValue(scope, "integer")}()`;
    return `${fcValue(scope, "integer")}({ min: ${min}, max: ${max} })`;
  }
  return `${helper(scope, "safeInteger")}(${min}, ${max})`;
}

function floatArbitrary(scope: ArbitraryScope, shape: Shape, constraints: Constraints): string {
  const range = constraints.range;
  if (shape.type === "float") {
    if (!range) return `${fcValue(scope, "float")}()`;
    const entries = bounds(["min", "max"], {
      ...(range.min !== undefined ? { min: float32Inward(range.min, "up") } : {}),
      ...(range.max !== undefined ? { max: float32Inward(range.max, "down") } : {}),
    });
    return `${fcValue(scope, "float")}({ ${[...entries, "noNaN: true"].join(", ")} })`;
  }
  if (!range) return `${fcValue(scope, "double")}()`;
  return `${fcValue(scope, "double")}({ ${[...bounds(["min", "max"], range), "noNaN: true"].join(", ")} })`;
}

/** The arbitrary of one collection item, map key or value, made nullable for sparse collections. */
function itemArbitrary(scope: ArbitraryScope, member: MemberShape, sparse: boolean): string {
  const item = arbitraryFor(scope, member.target, member);
  return sparse ? `${fcValue(scope, "option")}(${item}, { nil: null })` : item;
}

/** Whether a collection's items recurse into the owner's cycle, so that depth must bound them. */
function itemRecurses(scope: ArbitraryScope, members: readonly MemberShape[]): boolean {
  return scope.owner !== undefined && members.some((m) => scope.recursion.sameCycle(scope.owner!, m.target));
}

/** Items a collection of recursive values holds at most beyond its minimum: values grow exponentially with depth. */
const RECURSIVE_BREADTH = 2;

/** `@length` of a collection of recursive values, narrowed to keep generated values small. */
function recursiveBounds(length: Bounds | undefined): Bounds {
  const min = length?.min ?? 0;
  const max = Math.min(length?.max ?? Number.POSITIVE_INFINITY, min + RECURSIVE_BREADTH);
  return { ...(min > 0 ? { min } : {}), max };
}

/**
 * A list or map arbitrary. When its items recurse, it holds at most {@link RECURSIVE_BREADTH}
 * items more than its minimum, and is empty (or as short as `@length` allows) once the depth
 * budget is spent.
 */
export function collectionArbitrary(scope: ArbitraryScope, shape: Shape, constraints: Constraints): string {
  const sparse = isSparse(shape);
  if (shape.type === "map") {
    const key = arbitraryFor(scope, shape.key.target, shape.key);
    const value = itemArbitrary(scope, shape.value, sparse);
    const build = (length: Bounds | undefined): string =>
      `${fcValue(scope, "dictionary")}(${key}, ${value}, { ${[...bounds(["minKeys", "maxKeys"], length), "noNullPrototype: true"].join(", ")} })`;
    if (!itemRecurses(scope, [shape.key, shape.value])) return build(constraints.length);
    const minimum = constraints.length?.min ?? 0;
    const spent = minimum === 0 ? `${fcValue(scope, "constant")}({})` : build({ min: minimum, max: minimum });
    return `depth > 0 ? ${build(recursiveBounds(constraints.length))} : ${spent}`;
  }
  if (shape.type !== "list" && shape.type !== "set") throw new Error(`generator bug: ${shape.id} is not a collection`);
  const item = itemArbitrary(scope, shape.member, sparse);
  const build = (length: Bounds | undefined): string => {
    if (hasUniqueItems(shape)) {
      const equal = helper(scope, "structurallyEqual");
      return `${fcValue(scope, "uniqueArray")}(${item}, { ${[`comparator: ${equal}`, ...bounds(["minLength", "maxLength"], length)].join(", ")} })`;
    }
    const options = object(bounds(["minLength", "maxLength"], length));
    return `${fcValue(scope, "array")}(${item}${options ? `, ${options}` : ""})`;
  };
  if (!itemRecurses(scope, [shape.member])) return build(constraints.length);
  const minimum = constraints.length?.min ?? 0;
  const spent = minimum === 0 ? `${fcValue(scope, "constant")}([])` : build({ min: minimum, max: minimum });
  return `depth > 0 ? ${build(recursiveBounds(constraints.length))} : ${spent}`;
}

/** The arbitrary of a shape with the given effective constraints, written out in place. */
export function inlineArbitrary(scope: ArbitraryScope, shape: Shape, constraints: Constraints): string {
  switch (shape.type) {
    case "string":
      return stringArbitrary(scope, shape, constraints);
    case "blob": {
      const options = object(bounds(["minLength", "maxLength"], constraints.length));
      return `${fcValue(scope, "uint8Array")}(${options})`;
    }
    case "boolean":
      return `${fcValue(scope, "boolean")}()`;
    case "byte":
    case "short":
    case "integer":
    case "long":
      return integerArbitrary(scope, shape, constraints);
    case "float":
    case "double":
      return floatArbitrary(scope, shape, constraints);
    case "bigInteger": {
      const options = object(bounds(["min", "max"], constraints.range, (n) => `${BigInt(Math.trunc(n))}n`));
      return `${fcValue(scope, "bigInt")}(${options})`;
    }
    case "bigDecimal":
      return `${helper(scope, "decimalValue")}()`;
    case "timestamp":
      return `${helper(scope, "timestamp")}()`;
    case "document":
      return `${helper(scope, "documentValue")}()`;
    case "list":
    case "set":
    case "map":
      return collectionArbitrary(scope, shape, constraints);
    default:
      throw new Error(`generator bug: no inline arbitrary for the ${shape.type} ${shape.id}`);
  }
}

/**
 * The arbitrary of a value of shape `id` (at a use through `member`, whose own constraint traits
 * win): a call of the shape's exported arbitrary, or an inline fast-check expression.
 */
export function arbitraryFor(scope: ArbitraryScope, id: ShapeId, member?: MemberShape): string {
  const { context, file, recursion, owner } = scope;
  if (id === UNIT) return `${fcValue(scope, "constant")}({})`;
  const shape = context.model.expectShape(id, member?.location);
  // A member holding an event stream: a few of the union's values, replayed by an async iterable.
  if (member !== undefined && shape.type === "union" && hasTrait(shape, "smithy.api#streaming")) {
    return `${helper(scope, "eventStream")}(${arbitraryFor(scope, id)})`;
  }
  const ownConstraints = member !== undefined && memberHasConstraints(member) && !isEnumLike(shape) && shape.type !== "structure" && shape.type !== "union";
  if (!ownConstraints && hasNamedArbitrary(shape)) {
    const name = file.value(context.symbols.symbol(context.symbols.arbitraryHome(id), "types"));
    if (!takesOptions(shape)) return `${name}()`;
    if (owner !== undefined && recursion.sameCycle(owner, id)) {
      const cost = recursion.cost(owner, id);
      return `${name}(${scope.options}, ${cost ? `depth - ${cost}` : "depth"})`;
    }
    return `${name}(${scope.options})`;
  }
  return inlineArbitrary(scope, shape, constraintsOf(shape, member));
}
