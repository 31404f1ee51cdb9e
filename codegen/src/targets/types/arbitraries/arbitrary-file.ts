import { isErrorShape } from "../../../core/symbols.js";
import type { PackageBuilder } from "../../../core/generated-package.js";
import type { TargetContext } from "../../../core/target.js";
import type { Shape, StructureShape, UnionShape } from "../../../model/shapes.js";
import { constraintsOf } from "../constraints.js";
import { memberProperties } from "../member-names.js";
import { isEnumLike, isIntEnum } from "../enum-values.js";
import { propertyKey } from "../../../core/naming.js";
import { isRequiredMember } from "../members.js";
import type { RecursionIndex } from "../recursion.js";
import { typeExpression } from "../type-expression.js";
import { arbitraryFor, collectionArbitrary, fcValue, inlineArbitrary, takesDepth, takesOptions, type ArbitraryScope } from "./expressions.js";
import { arbitraryRuntime, FAST_CHECK } from "./support-files.js";

/** One entry of a structure's record: the property it sets and the member it comes from. */
export interface RecordEntry {
  readonly property: string;
  readonly required: boolean;
  readonly value: string;
  /** True when the entry recurses into the owner's cycle and must be left out once depth is spent. */
  readonly recursive: boolean;
}

function entryLines(entries: readonly RecordEntry[]): string[] {
  return entries.map((entry) => {
    const key = propertyKey(entry.property);
    if (entry.recursive && !entry.required) return `...(depth > 0 ? { ${key}: ${entry.value} } : {}),`;
    return `${key}: ${entry.value},`;
  });
}

function call(head: string, members: readonly string[], rest: string): string {
  if (members.length === 0) return `${head}({}, ${rest})`;
  return `${head}(\n  {\n${members.map((l) => `    ${l}`).join("\n")}\n  },\n  ${rest},\n)`;
}

/**
 * `record({...}, { requiredKeys, noNullPrototype })` for the members of a structure. Optional
 * members that recurse are only present while depth remains.
 */
export function structureRecord(scope: ArbitraryScope, entries: readonly RecordEntry[]): string {
  const required = entries.filter((e) => e.required).map((e) => JSON.stringify(e.property));
  return call(fcValue(scope, "record"), entryLines(entries), `{ requiredKeys: [${required.join(", ")}], noNullPrototype: true }`);
}

/**
 * `structure<T>({...}, [required keys])`: like `structureRecord`, typed by the structure's
 * interface (fast-check's own record type can grow too complex for TypeScript with large enums).
 */
export function typedStructure(scope: ArbitraryScope, typeText: string, entries: readonly RecordEntry[]): string {
  const structure = scope.file.value(arbitraryRuntime("structure"));
  const required = entries.filter((e) => e.required).map((e) => JSON.stringify(e.property));
  return call(`${structure}<${typeText}>`, entryLines(entries), `[${required.join(", ")}]`);
}

/** The record entries of a structure; error members are keyed by their property on the error. */
export function structureEntries(scope: ArbitraryScope, shape: StructureShape): RecordEntry[] {
  return memberProperties(scope.context.model, shape).map(({ member, property }) => ({
    property,
    required: isRequiredMember(member),
    value: arbitraryFor(scope, member.target, member),
    recursive: scope.owner !== undefined && scope.recursion.sameCycle(scope.owner, member.target),
  }));
}

/** `new X({ ...members, $metadata: {} })` over the error's member record. */
export function errorFromRecord(scope: ArbitraryScope, shape: StructureShape, record: string): string {
  const { symbols } = scope.context;
  const errorClass = scope.file.value(symbols.symbol(symbols.typeHome(shape.id), "types"));
  return `${record}.map((members) => new ${errorClass}({ ...members, $metadata: {} }))`;
}

function unionBody(scope: ArbitraryScope, shape: UnionShape): string {
  const unionMember = scope.file.value(arbitraryRuntime("unionMember"));
  const unknown = scope.file.value(arbitraryRuntime("unknownUnionMember"));
  const members = memberProperties(scope.context.model, shape);
  const recursive = (target: string): boolean => scope.owner !== undefined && scope.recursion.sameCycle(scope.owner, target);
  // Arms that recurse are dropped once depth is spent, unless every arm recurses.
  const canStop = members.some(({ member }) => !recursive(member.target));
  const arms = members.map(({ member, property }) => {
    const arm = `${unionMember}(${JSON.stringify(property)}, ${arbitraryFor(scope, member.target, member)})`;
    return canStop && recursive(member.target) ? `...(depth > 0 ? [${arm}] : []),` : `${arm},`;
  });
  const known = `[${members.map((m) => JSON.stringify(m.member.name)).join(", ")}]`;
  arms.push(`...(${scope.options}.unknownUnionMembers ? [${unknown}(${known})] : []),`);
  return `${fcValue(scope, "oneof")}(\n${arms.map((a) => `  ${a}`).join("\n")}\n)`;
}

/** The expression an arbitrary function returns. */
function arbitraryBody(scope: ArbitraryScope, shape: Shape, valueType: string): string {
  const { symbols } = scope.context;
  if (isEnumLike(shape)) {
    const values = scope.file.value(symbols.symbol(symbols.typeHome(shape.id), "types"));
    const pick = scope.file.value(arbitraryRuntime(isIntEnum(shape) ? "intEnumValue" : "stringEnumValue"));
    return `${pick}(Object.values(${values}), ${scope.options})`;
  }
  switch (shape.type) {
    case "structure": {
      const entries = structureEntries(scope, shape as StructureShape);
      if (isErrorShape(shape)) return errorFromRecord(scope, shape as StructureShape, structureRecord(scope, entries));
      return typedStructure(scope, valueType, entries);
    }
    case "union":
      return unionBody(scope, shape as UnionShape);
    case "list":
    case "set":
    case "map":
      return collectionArbitrary(scope, shape, constraintsOf(shape));
    default:
      return inlineArbitrary(scope, shape, constraintsOf(shape));
  }
}

function describe(context: TargetContext, shape: Shape, typeText: string): string {
  if (isErrorShape(shape)) return `Instances of {@link ${typeText}} whose modelled members satisfy the model's constraints.`;
  if (isEnumLike(shape)) return `Known values of {@link ${typeText}} (and, with \`unknownEnumValues\`, others).`;
  if (shape.type === "structure" || shape.type === "union") return `Values of {@link ${typeText}} that satisfy the model's constraints.`;
  if (shape.type === "list" || shape.type === "set" || shape.type === "map") return `Values of the ${shape.type} \`${context.symbols.shapeName(shape.id)}\` that satisfy the model's constraints.`;
  return `Values of the ${shape.type} \`${context.symbols.shapeName(shape.id)}\` that satisfy its constraint traits.`;
}

/**
 * The symbol provider as the arbitraries see the rest of their package: by its name, not by a
 * relative path. Under Node.js the package's main entry resolves to its CommonJS build while
 * `./arbitraries` is loaded as an ES module by an ES module importer (fast-check must be the one the
 * importer loads); a relative import would load a second copy of every error class, so that an
 * error an arbitrary builds would not be an instance of the class the package exports. The package
 * name resolves through the exports map to the one copy the importer already has.
 */
function seenFromArbitraries(context: TargetContext): TargetContext {
  const { symbols } = context;
  const self = symbols.packageName("types");
  return {
    ...context,
    symbols: {
      ...symbols,
      symbol: (home, from) => (home.role === "types" && home.exportPath === "." ? { name: home.name, from: self } : symbols.symbol(home, from)),
    },
  };
}

/** `src/arbitraries/<shape>.ts`: the exported arbitrary of one shape. */
export function writeArbitraryFile(typesContext: TargetContext, pkg: PackageBuilder, recursion: RecursionIndex, shape: Shape): void {
  const context = seenFromArbitraries(typesContext);
  const home = context.symbols.arbitraryHome(shape.id);
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  const scope: ArbitraryScope = { context, file, recursion, owner: shape.id, options: "options" };
  const valueType = typeExpression(context, file, shape.id, "declaration");
  const arbitrary = file.type({ name: "Arbitrary", from: FAST_CHECK });
  const parameters: string[] = [];
  const paramDocs: string[] = [];
  if (takesOptions(shape)) {
    const optionsType = file.type(arbitraryRuntime("ArbitraryOptions"));
    parameters.push(`options: ${optionsType} = {}`);
    paramDocs.push("@param options - Depth of recursive values, unknown enum values and union members.");
  }
  if (takesDepth(recursion, shape)) {
    const maxDepthOf = file.value(arbitraryRuntime("maxDepthOf"));
    parameters.push(`depth: number = ${maxDepthOf}(options)`);
    paramDocs.push("@param depth - Levels of recursion left; callers normally leave it to `options.maxDepth`.");
  }
  const body = arbitraryBody(scope, shape, valueType);
  file.doc([describe(context, shape, valueType), "", `Smithy shape \`${shape.id}\`.`, ...(paramDocs.length ? ["", ...paramDocs] : [])]);
  file.block(`export function ${home.name}(${parameters.join(", ")}): ${arbitrary}<${valueType}> {`, () => {
    if (!takesDepth(recursion, shape)) {
      file.line(`return ${body};`);
      return;
    }
    const builtOnce = file.value(arbitraryRuntime("builtOnce"));
    file.line(`return ${builtOnce}(options, \`${shape.id}@\${depth}\`, () =>`);
    file.indent(() => file.line(`${body},`));
    file.line(");");
  });
}
