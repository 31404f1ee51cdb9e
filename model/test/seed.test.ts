// model/ against its spec, the reference page of GetExportSnapshotRecords (shared/seed): the
// request and response members, their kinds, every enum's values in order, the errors, and the
// documentation wording, read straight from the page. model/ is AWS's official model, newer than
// the page: each difference it brings is listed in NEWER_THAN_THE_PAGE with its reason, and the
// test fails on any other, or when a listed one stops occurring.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getTrait, membersOf, shapeIdName, type MembersShape, type Model, type Shape } from "@smithy-gen/codegen";
import { loadOurModel, OPERATION_ID, SEED_FILE } from "./support.js";

/** Where the official model (2026-04) is newer than the page, and why that is right. */
const NEWER_THAN_THE_PAGE: readonly { difference: string; reason: string }[] = [
  {
    difference:
      "response.exportSnapshotRecords[].location.regionName (com.amazonaws.lightsail#RegionName): " +
      "values added: ap-southeast-5; order of the page's values differs",
    reason:
      "The page lists 16 Regions. AWS has since opened Lightsail in Asia Pacific (Malaysia), ap-southeast-5, and the " +
      "official model lists eu-north-1 after eu-central-1 where the page puts it after ap-northeast-2. The type gains " +
      "a value (a feature for users) and keeps every value the page has.",
  },
];

/** A value in the page's response syntax. */
type SyntaxValue =
  | { kind: "string" | "timestamp" | "integer" | "boolean" }
  | { kind: "enum"; values: string[] }
  | { kind: "list"; member: SyntaxValue }
  | { kind: "structure"; members: [string, SyntaxValue][] };

/** Parses the Python-literal response syntax: `{'name': 'string', 'state': 'A'|'B', ...}`. */
function parseSyntax(text: string): SyntaxValue {
  const tokens = text.match(/'[^']*'|datetime\([^)]*\)|True\|False|\d+|[{}[\]:,|]/g) ?? [];
  let at = 0;
  const next = (): string => {
    const token = tokens[at++];
    if (token === undefined) throw new Error("response syntax ends early");
    return token;
  };
  const value = (): SyntaxValue => {
    const token = next();
    if (token === "{") {
      const members: [string, SyntaxValue][] = [];
      while (tokens[at] !== "}") {
        const key = next().slice(1, -1);
        if (next() !== ":") throw new Error(`expected ':' after '${key}'`);
        members.push([key, value()]);
        if (tokens[at] === ",") at++;
      }
      at++;
      return { kind: "structure", members };
    }
    if (token === "[") {
      const member = value();
      if (tokens[at] === ",") at++;
      if (next() !== "]") throw new Error("expected ']'");
      return { kind: "list", member };
    }
    if (token.startsWith("datetime(")) return { kind: "timestamp" };
    if (token === "True|False") return { kind: "boolean" };
    if (/^\d+$/.test(token)) return { kind: "integer" };
    const first = token.slice(1, -1);
    if (tokens[at] !== "|") return { kind: "string" };
    const values = [first];
    while (tokens[at] === "|") {
      at++;
      values.push(next().slice(1, -1));
    }
    return { kind: "enum", values };
  };
  return value();
}

/** One bullet of the page's response structure: a member (or an unnamed list element). */
interface DocNode {
  name?: string;
  text: string;
  children: DocNode[];
}

/** Parses the nested `- **name** *(type) --*` bullets and the paragraphs under each. */
function parseStructureDocs(lines: string[]): DocNode {
  const root: DocNode & { indent: number } = { text: "", children: [], indent: -1 };
  const stack: (DocNode & { indent: number })[] = [root];
  for (const line of lines) {
    const bullet = /^(\s*)- (?:\*\*(\w+)\*\* )?\*\(\w+\) --\*/.exec(line);
    if (bullet) {
      const indent = bullet[1]!.length;
      while (stack.length > 1 && stack[stack.length - 1]!.indent >= indent) stack.pop();
      const node = { name: bullet[2], text: "", children: [], indent };
      stack[stack.length - 1]!.children.push(node);
      stack.push(node);
    } else if (line.trim() !== "") {
      stack[stack.length - 1]!.text += ` ${line.trim()}`;
    }
  }
  return root;
}

/** Wording without markup or spacing: rst ``code`` and `links <...>`__, HTML tags. */
function wording(text: string): string {
  return text
    .replace(/``([^`]*)``/g, "$1")
    .replace(/`([^`<]*?)\s*<[^>]*>`_{1,2}/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, "");
}

const seed = readFileSync(SEED_FILE, "utf8");
const between = (start: string, end: string): string => {
  const from = seed.indexOf(start);
  const to = seed.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`the seed has no section from "${start}" to "${end}"`);
  return seed.slice(from + start.length, to);
};

let model: Model;
beforeAll(() => {
  model = loadOurModel().model;
});

const documentation = (shape: { traits: Shape["traits"] }): string => {
  const doc = getTrait(shape, "smithy.api#documentation");
  return typeof doc === "string" ? doc : "";
};
const structure = (id: string): MembersShape => model.expectShapeOfType(id, "structure");

describe("model/ against the seed page", () => {
  it("documents the operation with the page's description", () => {
    const description = between(".. py:method:: Lightsail.Client.get_export_snapshot_records(**kwargs)", "See also:");
    expect(wording(documentation(model.expectShape(OPERATION_ID)))).toBe(wording(description));
  });

  it("has the request's members, as strings, documented with the page's words", () => {
    const syntax = between("response = client.get_export_snapshot_records(", ")");
    const params = [...syntax.matchAll(/(\w+)='string'/g)].map((m) => m[1]);
    const input = structure(model.expectShapeOfType(OPERATION_ID, "operation").input!);
    expect(membersOf(input).map((m) => m.name)).toEqual(params);
    for (const member of membersOf(input)) {
      expect(model.targetOf(member).type).toBe("string");
      const text = between(`:param ${member.name}:`, ":rtype:");
      expect(wording(documentation(member)), member.id).toBe(wording(text));
    }
  });

  it("has the response's members and kinds, and the page's enum values except where the model is newer", () => {
    const differences: string[] = [];
    const section = between("**Response Syntax**", "**Response Structure**");
    const response = parseSyntax(section.slice(section.indexOf("{")));
    const check = (shape: Shape, expected: SyntaxValue, path: string): void => {
      switch (expected.kind) {
        case "structure": {
          expect(shape.type, path).toBe("structure");
          const members = membersOf(shape);
          expect(members.map((m) => m.name), path).toEqual(expected.members.map(([name]) => name));
          for (const [name, value] of expected.members) check(model.targetOf(members.find((m) => m.name === name)!), value, `${path}.${name}`);
          return;
        }
        case "list":
          expect(shape.type, path).toBe("list");
          check(model.targetOf(membersOf(shape)[0]!), expected.member, `${path}[]`);
          return;
        case "enum": {
          expect(shape.type, path).toBe("enum");
          const values = membersOf(shape).map((m) => String(getTrait(m, "smithy.api#enumValue")));
          const removed = expected.values.filter((v) => !values.includes(v));
          const added = values.filter((v) => !expected.values.includes(v));
          const reordered = values.filter((v) => expected.values.includes(v)).join() !== expected.values.filter((v) => values.includes(v)).join();
          const found = [
            ...(removed.length ? [`values removed: ${removed.join(", ")}`] : []),
            ...(added.length ? [`values added: ${added.join(", ")}`] : []),
            ...(reordered ? ["order of the page's values differs"] : []),
          ];
          if (found.length) differences.push(`${path} (${shape.id}): ${found.join("; ")}`);
          return;
        }
        default:
          expect(shape.type, path).toBe(expected.kind);
      }
    };
    const output = model.expectShape(model.expectShapeOfType(OPERATION_ID, "operation").output!);
    check(output, response, "response");
    expect(differences).toEqual(NEWER_THAN_THE_PAGE.map((entry) => entry.difference));
  });

  it("documents the response's members and list elements with the page's words", () => {
    const lines = between("**Response Structure**", "**Exceptions**").split("\n");
    const root = parseStructureDocs(lines).children[0]!; // the response dict itself
    const compared: string[] = [];
    const visit = (node: DocNode, shape: Shape): void => {
      for (const child of node.children) {
        if (child.name === undefined) {
          // An unnamed element: the page documents the list's member structure.
          expect(wording(documentation(shape)), shape.id).toBe(wording(child.text));
          compared.push(shape.id);
          visit(child, shape);
          continue;
        }
        const member = membersOf(shape).find((m) => m.name === child.name);
        expect(member, `${shape.id}$${child.name}`).toBeDefined();
        expect(wording(documentation(member!)), member!.id).toBe(wording(child.text));
        compared.push(member!.id);
        let target = model.targetOf(member!);
        if (target.type === "list") target = model.targetOf(membersOf(target)[0]!);
        visit(child, target);
      }
    };
    visit(root, model.expectShape(model.expectShapeOfType(OPERATION_ID, "operation").output!));
    // 2 output members, 8 record members, 2 location, 8 source, 3 instance snapshot,
    // 4 disk, 1 disk snapshot, 2 destination; and the two list elements.
    expect(compared).toHaveLength(32);
  });

  it("has the page's errors", () => {
    const names = [...seed.slice(seed.indexOf("**Exceptions**")).matchAll(/exceptions\.(\w+)`/g)].map((m) => m[1]);
    expect(names).toHaveLength(8);
    const errors = model.expectShapeOfType(OPERATION_ID, "operation").errors.map(shapeIdName);
    expect([...errors].sort()).toEqual([...names].sort());
  });
});
