import { propertyKey } from "../../core/naming.js";
import type { MemberShape } from "../../model/shapes.js";

const PLAIN_PROPERTY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `page.Result?.NextToken`: reads a member path, tolerating absent structures on the way. */
export function optionalChain(target: string, path: readonly MemberShape[]): string {
  let out = target;
  for (const [position, member] of path.entries()) {
    const access = PLAIN_PROPERTY.test(member.name) ? `.${member.name}` : `[${JSON.stringify(member.name)}]`;
    out += position === 0 ? access : access.startsWith(".") ? `?${access}` : `?.${access}`;
  }
  return out;
}

/** `NonNullable<NonNullable<Output["Result"]>["Items"]>`: the type at the end of a member path. */
export function pathType(rootType: string, path: readonly MemberShape[]): string {
  let out = rootType;
  for (const member of path) out = `NonNullable<${out}[${JSON.stringify(member.name)}]>`;
  return out;
}

/**
 * `{ ...page, Result: { ...page.Result, NextToken: value } }`: a copy of `target` with the member
 * at the end of `path` replaced, copying each structure on the way so that nothing is mutated.
 */
export function replaceAtPath(target: string, path: readonly MemberShape[], value: string): string {
  const [head, ...rest] = path;
  if (!head) return value;
  const inner = rest.length === 0 ? value : replaceAtPath(optionalChain(target, [head]), rest, value);
  return `{ ...${target}, ${propertyKey(head.name)}: ${inner} }`;
}
