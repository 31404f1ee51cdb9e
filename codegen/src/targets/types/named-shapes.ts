import { ModelError } from "../../model/diagnostics.js";
import { compareCodeUnits } from "../../model/node.js";
import { PRELUDE_NAMESPACE, shapeIdNamespace } from "../../model/shape-id.js";
import type { Shape } from "../../model/shapes.js";
import type { ServiceIndex } from "../../knowledge/service-index.js";
import type { SymbolProvider } from "../../core/symbols.js";
import { constraintsOf, hasConstraints } from "./constraints.js";
import { isEnumLike } from "./enum-values.js";

const isPrelude = (shape: Shape): boolean => shapeIdNamespace(shape.id) === PRELUDE_NAMESPACE;

/** Shapes that get a declaration of their own: structures (errors included), unions and enums. */
export function declaredShapes(index: ServiceIndex): Shape[] {
  return index.closure.filter(
    (shape) => !isPrelude(shape) && (shape.type === "structure" || shape.type === "union" || isEnumLike(shape)),
  );
}

/** Simple shapes whose values the model restricts with `@length`, `@range` or `@pattern`. */
export function isConstrainedSimpleShape(shape: Shape): boolean {
  if (isEnumLike(shape)) return false;
  switch (shape.type) {
    case "string":
    case "blob":
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal":
      return hasConstraints(constraintsOf(shape));
    default:
      return false;
  }
}

/**
 * Shapes that get an exported fast-check arbitrary: every declared shape, every list and map,
 * and every simple shape that carries constraints.
 */
export function arbitraryShapes(index: ServiceIndex): Shape[] {
  return index.closure.filter((shape) => {
    if (isPrelude(shape)) return false;
    if (shape.type === "structure" || shape.type === "union" || isEnumLike(shape)) return true;
    if (shape.type === "list" || shape.type === "set" || shape.type === "map") return true;
    return isConstrainedSimpleShape(shape);
  });
}

/**
 * Fails with a located ModelError when two shapes would get the same exported name or file, so
 * that a clash is reported instead of one declaration silently replacing another.
 */
export function checkNameClashes(index: ServiceIndex, symbols: SymbolProvider): void {
  const names = new Map<string, string>();
  const files = new Map<string, string>();
  const claim = (table: Map<string, string>, key: string, owner: string, shape: Shape | undefined, what: string): void => {
    const previous = table.get(key);
    if (previous !== undefined && previous !== owner) {
      throw ModelError.at(shape?.location, `${owner} and ${previous} would both generate the ${what} \`${key}\` in ${symbols.packageName("types")}`, "Naming");
    }
    table.set(key, owner);
  };
  const base = symbols.serviceExceptionHome();
  claim(names, base.name, "the service exception base class", undefined, "export");
  claim(files, base.file, "the service exception base class", undefined, "file");
  for (const shape of declaredShapes(index).sort((a, b) => compareCodeUnits(a.id, b.id))) {
    const home = symbols.typeHome(shape.id);
    claim(names, home.name, shape.id, shape, "export");
    claim(files, home.file, shape.id, shape, "file");
  }
  const arbitraryNames = new Map<string, string>();
  const arbitraryFiles = new Map<string, string>();
  for (const shape of arbitraryShapes(index)) {
    const home = symbols.arbitraryHome(shape.id);
    claim(arbitraryNames, home.name, shape.id, shape, "arbitrary");
    claim(arbitraryFiles, home.file, shape.id, shape, "file");
  }
}
