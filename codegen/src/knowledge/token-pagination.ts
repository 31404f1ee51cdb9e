import { getTrait } from "../model/model.js";
import { compareCodeUnits } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { UNIT, type MemberShape, type OperationShape } from "../model/shapes.js";
import type { ServiceIndex } from "./service-index.js";

const PAGINATED = "smithy.api#paginated";
const ITEMS_TYPES: ReadonlySet<string> = new Set(["list", "set", "map"]);

/** The member names that mark a page-token operation: by default Lightsail's `pageToken` / `nextPageToken`. */
export interface TokenNames {
  readonly inputToken: string;
  readonly outputToken: string;
}

export const PAGE_TOKEN_NAMES: TokenNames = { inputToken: "pageToken", outputToken: "nextPageToken" };

/** An operation that pages by token without saying so: the `@paginated` trait it should carry. */
export interface TokenPaginatedOperation {
  readonly operation: ShapeId;
  readonly inputToken: string;
  readonly outputToken: string;
  /** The output's one list (or map) member: the page's items. */
  readonly items: string;
}

/** An operation that has one of the token members but cannot be paginated from them, and why. */
export interface NotTokenPaginated {
  readonly operation: ShapeId;
  readonly reason: string;
}

export interface TokenPaginationFindings {
  /** Operations with the input token, the output token and exactly one list member in the output; sorted by id. */
  readonly found: readonly TokenPaginatedOperation[];
  /** Operations that already carry `@paginated`: nothing to add. */
  readonly alreadyPaginated: readonly ShapeId[];
  /** Operations with one token member or the other that do not qualify, each with its reason; sorted by id. */
  readonly rejected: readonly NotTokenPaginated[];
}

/** The members of a structure (none for Unit or another kind of shape). */
function structureMembers(index: ServiceIndex, structure: ShapeId): MemberShape[] {
  const shape = structure === UNIT ? undefined : index.model.getShape(structure);
  return shape?.type === "structure" ? [...shape.members.values()] : [];
}

const targetType = (index: ServiceIndex, member: MemberShape): string => index.model.getShape(member.target)?.type ?? "";

/** The names of a structure's members that pass `test`, in code-unit order. */
function memberNames(index: ServiceIndex, structure: ShapeId, test: (member: MemberShape) => boolean): string[] {
  return structureMembers(index, structure).filter(test).map((member) => member.name).sort(compareCodeUnits);
}

function hasStringMember(index: ServiceIndex, structure: ShapeId, name: string): boolean {
  return structureMembers(index, structure).some((member) => member.name === name && targetType(index, member) === "string");
}

function classify(index: ServiceIndex, operation: OperationShape, names: TokenNames): TokenPaginatedOperation | string | undefined {
  const input = index.inputOf(operation);
  const output = index.outputOf(operation);
  const inputToken = hasStringMember(index, input, names.inputToken);
  const outputToken = hasStringMember(index, output, names.outputToken);
  if (!inputToken && !outputToken) return undefined;
  if (!inputToken) return `its output has \`${names.outputToken}\` but its input has no string member \`${names.inputToken}\` to send it back in`;
  if (!outputToken) {
    // Other string members whose names say they are tokens, for the reason.
    const tokens = memberNames(index, output, (member) => /token$/i.test(member.name) && targetType(index, member) === "string");
    return `its input has \`${names.inputToken}\` but its output has no string member \`${names.outputToken}\`` +
      (tokens.length ? ` (it returns ${tokens.map((t) => `\`${t}\``).join(" and ")}: which one is next depends on the direction read, so no single token pages it)` : "");
  }
  const lists = memberNames(index, output, (member) => ITEMS_TYPES.has(targetType(index, member)));
  if (lists.length !== 1) {
    return lists.length === 0
      ? "its output has no list or map member to hold the page's items"
      : `its output has ${lists.length} list or map members (${lists.map((l) => `\`${l}\``).join(", ")}): which one is the page is not clear`;
  }
  return { operation: operation.id, inputToken: names.inputToken, outputToken: names.outputToken, items: lists[0]! };
}

/**
 * Finds the operations of a service that page by token without `@paginated`: an input string
 * member `pageToken`, an output string member `nextPageToken`, and exactly one list (or map)
 * member in the output, the items. Amazon Lightsail pages this way in 28 operations and marks none
 * of them, so a generator reading the official model alone makes no paginator (the AWS SDK for
 * JavaScript has none; botocore lists them by hand). Every operation with one token member or the
 * other that does not qualify is listed with its reason.
 */
export function findTokenPagination(index: ServiceIndex, names: TokenNames = PAGE_TOKEN_NAMES): TokenPaginationFindings {
  const found: TokenPaginatedOperation[] = [];
  const alreadyPaginated: ShapeId[] = [];
  const rejected: NotTokenPaginated[] = [];
  for (const operation of [...index.operations].sort((a, b) => compareCodeUnits(a.id, b.id))) {
    const result = classify(index, operation, names);
    if (result === undefined) continue;
    if (getTrait(operation, PAGINATED) !== undefined) {
      alreadyPaginated.push(operation.id);
    } else if (typeof result === "string") {
      rejected.push({ operation: operation.id, reason: result });
    } else {
      found.push(result);
    }
  }
  return { found, alreadyPaginated, rejected };
}

/**
 * The IDL of `apply` statements that add `@paginated` to each found operation, for the project's
 * additions file. Operations in another namespace than `namespace` are written by absolute id.
 */
export function paginatedApplyStatements(found: readonly TokenPaginatedOperation[], namespace: string): string {
  return found
    .map((entry) => {
      const [ns, name] = entry.operation.split("#") as [string, string];
      const target = ns === namespace ? name : entry.operation;
      return `apply ${target} @paginated(inputToken: "${entry.inputToken}", outputToken: "${entry.outputToken}", items: "${entry.items}")\n`;
    })
    .join("");
}
