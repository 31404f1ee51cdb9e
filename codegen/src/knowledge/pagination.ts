import { ModelError, type SourceLocation } from "../model/diagnostics.js";
import { getTrait, type Model } from "../model/model.js";
import { compareCodeUnits, isNodeObject, type NodeObject } from "../model/node.js";
import type { ShapeId } from "../model/shape-id.js";
import { UNIT, type MemberShape, type OperationShape, type Shape } from "../model/shapes.js";
import type { ServiceIndex } from "./service-index.js";

const PAGINATED = "smithy.api#paginated";
const TOKEN_TYPES: ReadonlySet<string> = new Set(["string", "map"]);
const PAGE_SIZE_TYPES: ReadonlySet<string> = new Set(["byte", "short", "integer", "long"]);
const ITEMS_TYPES: ReadonlySet<string> = new Set(["list", "set", "map"]);

/** One `@paginated` operation, with the service's defaults merged in and every path resolved. */
export interface PaginatedOperation {
  readonly operation: OperationShape;
  /** The input member that carries the token of the page to fetch. */
  readonly inputToken: MemberShape;
  /** The output members from the output structure down to the next token, one per path segment. */
  readonly outputToken: readonly MemberShape[];
  /** The input member that limits the page size, where the model has one. */
  readonly pageSize?: MemberShape;
  /** The output members down to the page's list (or map) of items, where the model names one. */
  readonly items?: readonly MemberShape[];
  /** The shape the items path ends at (a list, set or map), where there is one. */
  readonly itemsShape?: Shape;
}

/** Every paginated operation of a service, computed once. */
export interface PaginationIndex {
  /** Sorted by operation shape id. */
  readonly operations: readonly PaginatedOperation[];
  get(operation: ShapeId): PaginatedOperation | undefined;
}

interface PaginatedSettings {
  inputToken?: string;
  outputToken?: string;
  pageSize?: string;
  items?: string;
}

function settingsOf(value: NodeObject | undefined): PaginatedSettings {
  const out: PaginatedSettings = {};
  if (!value) return out;
  for (const key of ["inputToken", "outputToken", "pageSize", "items"] as const) {
    const setting = value[key];
    if (typeof setting === "string" && setting.length > 0) out[key] = setting;
  }
  return out;
}

function fail(location: SourceLocation | undefined, message: string): never {
  throw ModelError.at(location, message, "Pagination");
}

function memberOf(model: Model, structureId: ShapeId, name: string): MemberShape | undefined {
  const shape = model.getShape(structureId);
  if (!shape || shape.type !== "structure") return undefined;
  return shape.members.get(name);
}

/**
 * Resolves a dotted output path (`NextToken`, `Result.NextToken`) through structure members.
 * Every segment but the last must target a structure.
 */
function resolvePath(
  model: Model,
  operation: OperationShape,
  outputId: ShapeId,
  setting: "outputToken" | "items",
  path: string,
): MemberShape[] {
  const segments = path.split(".");
  const members: MemberShape[] = [];
  let container = outputId;
  for (const [position, segment] of segments.entries()) {
    const member = memberOf(model, container, segment);
    if (!member) {
      const where = position === 0 ? `output structure \`${outputId}\`` : `\`${container}\``;
      fail(operation.location, `@paginated ${setting} \`${path}\` of operation \`${operation.id}\`: ${where} has no member \`${segment}\``);
    }
    members.push(member);
    const target = model.expectShape(member.target, member.location);
    if (position < segments.length - 1) {
      if (target.type !== "structure") {
        fail(
          member.location ?? operation.location,
          `@paginated ${setting} \`${path}\` of operation \`${operation.id}\`: \`${segment}\` targets a ${target.type}, not a structure, so the path cannot continue`,
        );
      }
      container = target.id;
    }
  }
  return members;
}

function describe(operation: OperationShape, setting: string, value: string): string {
  return `@paginated ${setting} \`${value}\` of operation \`${operation.id}\``;
}

/**
 * Builds the pagination index of a service: every operation with `@paginated`, its settings
 * merged over the service's `@paginated` defaults (the operation's own values win), each member
 * resolved and checked against the rules of the Smithy specification. An invalid setting is a
 * ModelError located at the operation (or the offending member).
 */
export function createPaginationIndex(index: ServiceIndex): PaginationIndex {
  const { model, service } = index;
  const serviceTrait = getTrait(service, PAGINATED);
  // Every setting, `items` included, is a default the operations inherit (Smithy merges the service's trait into the operation's).
  const defaults = settingsOf(isNodeObject(serviceTrait) ? serviceTrait : undefined);
  const operations: PaginatedOperation[] = [];
  for (const operation of index.operations) {
    const trait = getTrait(operation, PAGINATED);
    if (trait === undefined) continue;
    const settings = { ...defaults, ...settingsOf(isNodeObject(trait) ? trait : undefined) };
    operations.push(resolveOperation(model, index, operation, settings));
  }
  operations.sort((a, b) => compareCodeUnits(a.operation.id, b.operation.id));
  const byId = new Map(operations.map((entry) => [entry.operation.id, entry]));
  return { operations, get: (id) => byId.get(id) };
}

function resolveOperation(model: Model, index: ServiceIndex, operation: OperationShape, settings: PaginatedSettings): PaginatedOperation {
  const inputId = index.inputOf(operation);
  const outputId = index.outputOf(operation);
  if (!settings.inputToken || !settings.outputToken) {
    const missing = settings.inputToken ? "outputToken" : "inputToken";
    fail(operation.location, `@paginated operation \`${operation.id}\` has no ${missing} (neither on the operation nor on the service)`);
  }
  if (inputId === UNIT) fail(operation.location, `@paginated operation \`${operation.id}\` has no input structure to carry the token`);
  if (outputId === UNIT) fail(operation.location, `@paginated operation \`${operation.id}\` has no output structure to carry the token`);

  const inputToken = memberOf(model, inputId, settings.inputToken);
  if (!inputToken) {
    fail(operation.location, `${describe(operation, "inputToken", settings.inputToken)}: input structure \`${inputId}\` has no such member`);
  }
  const inputTokenTarget = model.expectShape(inputToken.target, inputToken.location);
  if (!TOKEN_TYPES.has(inputTokenTarget.type)) {
    fail(inputToken.location ?? operation.location, `${describe(operation, "inputToken", settings.inputToken)}: targets a ${inputTokenTarget.type}; a token must be a string or a map`);
  }

  const outputToken = resolvePath(model, operation, outputId, "outputToken", settings.outputToken);
  const outputTokenTarget = model.expectShape(outputToken[outputToken.length - 1]!.target);
  if (!TOKEN_TYPES.has(outputTokenTarget.type)) {
    fail(operation.location, `${describe(operation, "outputToken", settings.outputToken)}: targets a ${outputTokenTarget.type}; a token must be a string or a map`);
  }

  let pageSize: MemberShape | undefined;
  if (settings.pageSize) {
    pageSize = memberOf(model, inputId, settings.pageSize);
    if (!pageSize) fail(operation.location, `${describe(operation, "pageSize", settings.pageSize)}: input structure \`${inputId}\` has no such member`);
    const target = model.expectShape(pageSize.target, pageSize.location);
    if (!PAGE_SIZE_TYPES.has(target.type)) {
      fail(pageSize.location ?? operation.location, `${describe(operation, "pageSize", settings.pageSize)}: targets a ${target.type}; a page size must be an integer`);
    }
  }

  let items: MemberShape[] | undefined;
  let itemsShape: Shape | undefined;
  if (settings.items) {
    items = resolvePath(model, operation, outputId, "items", settings.items);
    itemsShape = model.expectShape(items[items.length - 1]!.target);
    if (!ITEMS_TYPES.has(itemsShape.type)) {
      fail(operation.location, `${describe(operation, "items", settings.items)}: targets a ${itemsShape.type}; items must be a list or a map`);
    }
  }

  return {
    operation,
    inputToken,
    outputToken,
    ...(pageSize ? { pageSize } : {}),
    ...(items ? { items, itemsShape } : {}),
  };
}
