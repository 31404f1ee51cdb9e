import { hasTrait } from "../../model/model.js";
import type { ShapeId } from "../../model/shape-id.js";
import { isMembersShape, UNIT, type Shape, type ShapeType } from "../../model/shapes.js";
import { memberLocation, type ValidationContext, type ValidationRule } from "./context.js";

const NOT_MEMBER_TARGETS: ReadonlySet<string> = new Set(["operation", "service", "resource"]);

/**
 * Every reference points at a shape of the right kind: member targets exist and are data
 * shapes, lists and maps have their members, operations take and return structures and name
 * errors that are `@error` structures, services and resources bind operations and resources.
 */
export const validateTargets: ValidationRule = (context) => {
  for (const shape of context.checked) {
    checkMembers(context, shape);
    switch (shape.type) {
      case "operation":
        if (shape.input !== undefined) expect(context, shape, "input", shape.input, ["structure"]);
        if (shape.output !== undefined) expect(context, shape, "output", shape.output, ["structure"]);
        for (const error of shape.errors) expectError(context, shape, error);
        break;
      case "service":
        for (const id of shape.operations) expect(context, shape, "operation", id, ["operation"]);
        for (const id of shape.resources) expect(context, shape, "resource", id, ["resource"]);
        for (const error of shape.errors) expectError(context, shape, error);
        break;
      case "resource":
        for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
          const id = shape[key];
          if (id !== undefined) expect(context, shape, `${key} operation`, id, ["operation"]);
        }
        for (const id of [...shape.operations, ...shape.collectionOperations]) expect(context, shape, "operation", id, ["operation"]);
        for (const id of shape.resources) expect(context, shape, "resource", id, ["resource"]);
        // Identifiers end up in URIs and ARNs: Smithy requires strings.
        for (const [name, id] of Object.entries(shape.identifiers)) expect(context, shape, `identifier \`${name}\``, id, ["string", "enum"]);
        for (const [name, id] of Object.entries(shape.properties)) expect(context, shape, `property \`${name}\``, id, undefined);
        break;
      default:
        break;
    }
  }
};

function checkMembers(context: ValidationContext, shape: Shape): void {
  if (shape.type === "list" || shape.type === "set" || shape.type === "map") {
    const flat = context.flat(shape);
    const required = flat.type === "map" ? ["key", "value"] : ["member"];
    const missing = required.filter((name) => (flat as unknown as Record<string, unknown>)[name] === undefined);
    if (missing.length > 0) {
      const plural = missing.length > 1 ? "members" : "member";
      context.report("error", `Missing required ${plural} of shape \`${shape.id}\`: ${missing.join(", ")}`, shape.location, "Model");
    }
  }
  const members = isMembersShape(shape)
    ? [...shape.members.values()]
    : shape.type === "list" || shape.type === "set"
      ? [shape.member]
      : shape.type === "map"
        ? [shape.key, shape.value]
        : [];
  for (const member of members) {
    // Inherited members are checked on the mixin that defines them.
    if (!member || member.inheritedFrom || member.target === "") continue;
    const location = memberLocation(member, shape);
    if (shape.type === "enum" || shape.type === "intEnum") {
      if (member.target !== UNIT) context.report("error", `${member.id}: enum members must target \`${UNIT}\``, location, "Target");
      continue;
    }
    const target = context.shapes.get(member.target);
    if (!target) {
      context.report("error", `${member.id}: member targets \`${member.target}\`, which is not defined in the model`, location, "Target");
      continue;
    }
    if (NOT_MEMBER_TARGETS.has(target.type)) {
      context.report("error", `${member.id}: members cannot target ${target.type} shapes, but found \`${target.id}\``, location, "Target");
    } else if (target.id === UNIT && shape.type !== "union") {
      context.report(
        "error",
        `${member.id}: only union members can target \`${UNIT}\` (besides enum members and operation input and output)`,
        location,
        "Target",
      );
    } else if (shape.type === "map" && member.name === "key" && target.type !== "string" && target.type !== "enum") {
      context.report("error", `${member.id}: map keys must target a string or enum shape, but \`${target.id}\` is a ${target.type}`, location, "Target");
    } else if (hasTrait(target, "smithy.api#mixin")) {
      context.report("error", `${member.id}: members cannot target mixins, but found \`${target.id}\``, location, "Target");
    }
  }
}

function expect(context: ValidationContext, shape: Shape, what: string, id: ShapeId, types: readonly ShapeType[] | undefined): Shape | undefined {
  const target = context.shapes.get(id);
  if (!target) {
    context.report("error", `${shape.id}: ${what} \`${id}\` is not defined in the model`, shape.location, "Target");
    return undefined;
  }
  if (types && !types.includes(target.type)) {
    context.report("error", `${shape.id}: ${what} must target a ${types.join(" or ")} shape, but \`${id}\` is a ${target.type}`, shape.location, "Target");
    return undefined;
  }
  return target;
}

function expectError(context: ValidationContext, shape: Shape, id: ShapeId): void {
  const target = expect(context, shape, "error", id, ["structure"]);
  if (target && !hasTrait(context.flat(target), "smithy.api#error")) {
    context.report("error", `${shape.id}: error \`${id}\` must be a structure marked with the @error trait`, shape.location, "Target");
  }
}
