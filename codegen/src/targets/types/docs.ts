import { nodeToJson } from "../../model/node-json.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { isNodeObject, type NodeValue } from "../../model/node.js";
import type { MemberShape, Shape } from "../../model/shapes.js";
import { documentationOf } from "../../core/symbols.js";
import { docToTsdoc } from "../../core/tsdoc.js";

const SENSITIVE_NOTE = "Sensitive (`@sensitive`): keep this value out of logs and error messages.";
const FILLED_DEFAULT_NOTE = [
  "Left out, it takes its default: a response always reads with it set, and a request is sent with",
  "it, unless it is a member of the operation's input itself (the service applies those defaults).",
];

/** `@deprecated ...` lines for a `@deprecated` trait value, or none. */
export function deprecatedLines(trait: NodeValue | undefined): string[] {
  if (trait === undefined) return [];
  const message = isNodeObject(trait) && typeof trait.message === "string" ? docToTsdoc(trait.message) : [];
  const since = isNodeObject(trait) && typeof trait.since === "string" ? `Deprecated since ${trait.since}.` : "";
  const text = [...message, since].filter((line) => line.length > 0);
  if (text.length === 0) return ["@deprecated"];
  return [`@deprecated ${text[0]}`, ...text.slice(1)];
}

/** Paragraphs joined by blank lines, then block tags (which TSDoc wants last). */
function assemble(paragraphs: readonly (readonly string[])[], tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.length === 0) continue;
    if (out.length) out.push("");
    out.push(...paragraph);
  }
  if (tags.length) {
    if (out.length) out.push("");
    out.push(...tags);
  }
  return out;
}

/** TSDoc of a named shape's declaration: its documentation, its shape id, and its tags. */
export function shapeDocLines(shape: Shape, extra: readonly string[] = []): string[] {
  return assemble(
    [
      docToTsdoc(documentationOf(shape)),
      extra,
      hasTrait(shape, "smithy.api#sensitive") ? [SENSITIVE_NOTE] : [],
      [`Smithy shape \`${shape.id}\`.`],
    ],
    deprecatedLines(getTrait(shape, "smithy.api#deprecated")),
  );
}

/** A default value as TSDoc code: `` `0` ``, `` `"abc"` ``, `` `[]` ``. */
export function defaultValueText(value: NodeValue): string {
  return `\`${nodeToJson(value)}\``;
}

/**
 * TSDoc of a structure or union member: a note (e.g. why it was renamed), its documentation, a
 * note when the value is sensitive, `@defaultValue` and `@deprecated`.
 */
export function memberDocLines(member: MemberShape, target: Shape, note: readonly string[] = []): string[] {
  const sensitive = hasTrait(member, "smithy.api#sensitive") || hasTrait(target, "smithy.api#sensitive");
  const defaultValue = getTrait(member, "smithy.api#default");
  const hasDefault = defaultValue !== undefined && defaultValue !== null;
  const tags = [
    ...(hasDefault ? [`@defaultValue ${defaultValueText(defaultValue)}`] : []),
    ...deprecatedLines(getTrait(member, "smithy.api#deprecated")),
  ];
  // The interface serves input and output alike, so the member stays optional in its type.
  const filled = hasDefault && !hasTrait(member, "smithy.api#clientOptional") ? FILLED_DEFAULT_NOTE : [];
  return assemble([note, docToTsdoc(documentationOf(member)), sensitive ? [SENSITIVE_NOTE] : [], filled], tags);
}
