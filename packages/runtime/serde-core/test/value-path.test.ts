import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memberPathText, pathText, type ValuePath } from "../src/index.js";

/** An independent oracle of one step of a path text. */
function step(text: string, key: string | number): string {
  if (typeof key === "number") return `${text}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${text}.${key}` : `${text}[${JSON.stringify(key)}]`;
}

function nest(root: string, keys: readonly (string | number)[]): ValuePath {
  let path: ValuePath = root;
  for (const key of keys) path = { parent: path, key };
  return path;
}

describe("pathText", () => {
  it("is the root text itself for a string path", () => {
    expect(pathText("$")).toBe("$");
    expect(pathText("$.already.built")).toBe("$.already.built");
  });

  it("writes identifiers with a dot", () => {
    expect(pathText({ parent: "$", key: "name" })).toBe("$.name");
    expect(pathText({ parent: { parent: "$", key: "exportSnapshotRecords" }, key: "createdAt" })).toBe("$.exportSnapshotRecords.createdAt");
    expect(pathText({ parent: "$", key: "_private$1" })).toBe("$._private$1");
  });

  it("writes list indexes in brackets", () => {
    expect(pathText({ parent: { parent: { parent: "$", key: "exportSnapshotRecords" }, key: 3 }, key: "createdAt" })).toBe(
      "$.exportSnapshotRecords[3].createdAt",
    );
    expect(pathText({ parent: { parent: "$", key: 0 }, key: 12 })).toBe("$[0][12]");
  });

  it("quotes keys that are no identifiers, escaping quotes and keeping unicode", () => {
    expect(pathText({ parent: "$", key: "a-b" })).toBe('$["a-b"]');
    expect(pathText({ parent: "$", key: "1abc" })).toBe('$["1abc"]');
    expect(pathText({ parent: "$", key: "" })).toBe('$[""]');
    expect(pathText({ parent: "$", key: 'say "hi"' })).toBe('$["say \\"hi\\""]');
    expect(pathText({ parent: "$", key: "back\\slash" })).toBe('$["back\\\\slash"]');
    expect(pathText({ parent: "$", key: "line\nbreak" })).toBe('$["line\\nbreak"]');
    expect(pathText({ parent: "$", key: "日本語" })).toBe('$["日本語"]');
    expect(pathText({ parent: "$", key: "🎉" })).toBe('$["🎉"]');
    expect(pathText({ parent: "$", key: "with space" })).toBe('$["with space"]');
    expect(pathText({ parent: "$", key: "a.b" })).toBe('$["a.b"]');
  });

  it("writes a numeric string key (a map key) quoted, unlike a list index", () => {
    expect(pathText({ parent: "$", key: "3" })).toBe('$["3"]');
    expect(pathText({ parent: "$", key: 3 })).toBe("$[3]");
  });

  it("memberPathText adds one step to a text", () => {
    expect(memberPathText("$.tags", 2)).toBe("$.tags[2]");
    expect(memberPathText("$.tags[2]", "key")).toBe("$.tags[2].key");
    expect(memberPathText("$.tags", "a b")).toBe('$.tags["a b"]');
  });

  const key = fc.oneof(fc.nat({ max: 10_000 }), fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "a-b", "x"));

  it("property: the text of a nested path equals the text built step by step", () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 8 }), (keys) => {
        expect(pathText(nest("$", keys))).toBe(keys.reduce<string>(step, "$"));
      }),
      { numRuns: 200 },
    );
  });

  it("property: the text is a JavaScript accessor that reaches the value at the path", () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 6 }), (keys) => {
        const leaf = { leaf: true };
        // Builds the document the path points into: arrays for indexes, objects with own keys otherwise.
        let value: unknown = leaf;
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i]!;
          if (typeof k === "number") {
            const array: unknown[] = [];
            array[k] = value;
            value = array;
          } else {
            const object = {};
            Object.defineProperty(object, k, { value, enumerable: true });
            value = object;
          }
        }
        const read = new Function("$", `return ${pathText(nest("$", keys))};`) as ($: unknown) => unknown;
        expect(read(value)).toBe(leaf);
      }),
      { numRuns: 150 },
    );
  });
});
