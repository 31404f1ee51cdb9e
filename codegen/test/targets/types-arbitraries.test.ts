import { describe, expect, it } from "vitest";
import { bodyOf, fileOf, generateTypes, loadIdl, unitModel } from "./types-support.js";

const result = generateTypes(
  loadIdl(
    unitModel(
      `
structure RunInput {
    @required
    name: Name

    @length(min: 2, max: 3)
    shortName: Name

    @range(min: 1, max: 5)
    rating: Integer

    big: Big
    small: Small
    ratio: Ratio
    tags: Tags
    labels: Labels
    tree: Tree
    when: Timestamp
    any: Document
}

/// A name.
@length(min: 1, max: 63)
@pattern("^[a-z][a-z0-9-]*$")
string Name

@range(min: -10000000000, max: 10000000000)
long Big

@range(min: -5, max: 5)
byte Small

@range(min: 0.1, max: 0.5)
float Ratio

@uniqueItems
@length(min: 1, max: 4)
list Tags {
    member: Name
}

@sparse
map Labels {
    key: Name
    value: Integer
}

structure Tree {
    @required
    value: String

    children: Forest
    parent: Tree
}

list Forest {
    member: Tree
}
`,
      { input: "RunInput" },
    ),
  ),
);

describe("types target: arbitraries", () => {
  it("writes a constrained string with its @length and @pattern", () => {
    expect(bodyOf(result, "src/arbitraries/name.ts")).toBe(`/**
 * Values of the string \`Name\` that satisfy its constraint traits.
 *
 * Smithy shape \`example.unit#Name\`.
 */
export function arbitraryName(): Arbitrary<string> {
  return constrainedString({ minLength: 1, maxLength: 63, pattern: new RegExp("^[a-z][a-z0-9-]*$") }, "example.unit#Name");
}
`);
  });

  it("writes a structure as a record typed by its interface, required members required, member-level constraints inline", () => {
    const text = fileOf(result, "src/arbitraries/run-input.ts");
    expect(text).toContain('import { type Arbitrary, integer } from "fast-check";');
    expect(text).toContain('import { type ArbitraryOptions, constrainedString, documentValue, structure, timestamp } from "@smithy-gen/arbitraries";');
    expect(bodyOf(result, "src/arbitraries/run-input.ts")).toContain(`export function arbitraryRunInput(options: ArbitraryOptions = {}): Arbitrary<RunInput> {
  return structure<RunInput>(
    {
      name: arbitraryName(),
      shortName: constrainedString({ minLength: 2, maxLength: 3, pattern: new RegExp("^[a-z][a-z0-9-]*$") }, "example.unit#Name"),
      rating: integer({ min: 1, max: 5 }),
      big: arbitraryBig(),
      small: arbitrarySmall(),
      ratio: arbitraryRatio(),
      tags: arbitraryTags(options),
      labels: arbitraryLabels(options),
      tree: arbitraryTree(options),
      when: timestamp(),
      any: documentValue(),
    },
    ["name"],
  );
}`);
  });

  it("writes numbers within their type's range narrowed by @range: long beyond 32 bits, float bounds inside the range", () => {
    expect(bodyOf(result, "src/arbitraries/big.ts")).toContain("return safeInteger(-10000000000, 10000000000);");
    expect(bodyOf(result, "src/arbitraries/small.ts")).toContain("return integer({ min: -5, max: 5 });");
    const ratio = /float\(\{ min: ([0-9.e-]+), max: ([0-9.e-]+), noNaN: true \}\)/.exec(bodyOf(result, "src/arbitraries/ratio.ts"));
    expect(ratio).not.toBeNull();
    const [min, max] = [Number(ratio![1]), Number(ratio![2])];
    expect(Math.fround(min)).toBe(min);
    expect(Math.fround(max)).toBe(max);
    expect(min).toBeGreaterThanOrEqual(0.1);
    expect(max).toBeLessThanOrEqual(0.5);
  });

  it("writes @uniqueItems lists with structural equality and sparse maps with null values", () => {
    expect(bodyOf(result, "src/arbitraries/tags.ts")).toContain(
      "return uniqueArray(arbitraryName(), { comparator: structurallyEqual, minLength: 1, maxLength: 4 });",
    );
    expect(bodyOf(result, "src/arbitraries/labels.ts")).toContain(
      "return dictionary(arbitraryName(), option(integer(), { nil: null }), { noNullPrototype: true });",
    );
  });

  it("bounds recursion with a depth budget: optional recursive members only while depth remains, lists empty once spent, each depth built once", () => {
    expect(bodyOf(result, "src/arbitraries/tree.ts")).toContain(`export function arbitraryTree(options: ArbitraryOptions = {}, depth: number = maxDepthOf(options)): Arbitrary<Tree> {
  return builtOnce(options, \`example.unit#Tree@\${depth}\`, () =>
    structure<Tree>(
      {
        value: string({ unit: "binary" }),
        ...(depth > 0 ? { children: arbitraryForest(options, depth) } : {}),
        ...(depth > 0 ? { parent: arbitraryTree(options, depth - 1) } : {}),
      },
      ["value"],
    ),
  );
}`);
    expect(bodyOf(result, "src/arbitraries/forest.ts")).toContain(
      "    depth > 0 ? array(arbitraryTree(options, depth - 1), { maxLength: 2 }) : constant([]),",
    );
    // A shape outside the cycle starts the recursion with a full budget.
    expect(bodyOf(result, "src/arbitraries/run-input.ts")).toContain("tree: arbitraryTree(options),");
  });

  it("imports the package's own classes by the package's name, so that ./arbitraries and the main entry share one copy", () => {
    const errors = generateTypes(
      loadIdl(unitModel('@error("client")\nstructure Oops { message: String }\nenum Colour { RED }\nstructure In { colour: Colour }', { input: "In", errors: ["Oops"] })),
    );
    const oops = fileOf(errors, "src/arbitraries/oops.ts");
    expect(oops).toContain('import { Oops } from "@smithy-gen/unit-types";');
    expect(oops).toContain("  ).map((members) => new Oops({ ...members, $metadata: {} }));");
    expect(fileOf(errors, "src/arbitraries/colour.ts")).toContain('import { Colour } from "@smithy-gen/unit-types";');
    for (const file of errors.files.filter((entry) => entry.path.includes("/src/arbitraries/"))) {
      expect(file.content, file.path).not.toMatch(/from "\.\.\/(errors|models)\//);
    }
    // The name is the package's own source while it compiles and in its own tests.
    const tsconfig = JSON.parse(fileOf(errors, "tsconfig.esm.json")) as { compilerOptions: { paths: Record<string, string[]> } };
    expect(tsconfig.compilerOptions.paths).toEqual({ "@smithy-gen/unit-types": ["./src/index.ts"] });
    expect(fileOf(errors, "vitest.config.ts")).toContain('resolve: { alias: { "@smithy-gen/unit-types": fileURLToPath(new URL("./src/index.ts", import.meta.url)) } },');
  });

  it("exports every arbitrary and the options from ./arbitraries", () => {
    expect(bodyOf(result, "src/arbitraries.ts")).toBe(`export type { ArbitraryOptions } from "@smithy-gen/arbitraries";
export { DEFAULT_MAX_DEPTH } from "@smithy-gen/arbitraries";
export { arbitraryBig } from "./arbitraries/big.js";
export { arbitraryForest } from "./arbitraries/forest.js";
export { arbitraryLabels } from "./arbitraries/labels.js";
export { arbitraryName } from "./arbitraries/name.js";
export { arbitraryRatio } from "./arbitraries/ratio.js";
export { arbitraryRunInput } from "./arbitraries/run-input.js";
export { arbitrarySmall } from "./arbitraries/small.js";
export { arbitraryTags } from "./arbitraries/tags.js";
export { arbitraryTree } from "./arbitraries/tree.js";
`);
  });

  it("writes the model's constraints as data for the generated tests' independent checker", () => {
    const rules = fileOf(result, "test/support/model-rules.ts");
    expect(rules).toContain(
      '"example.unit#Name": {"kind":"string","length":{"min":1,"max":63},"pattern":{"source":"^[a-z][a-z0-9-]*$","flags":""}},',
    );
    expect(rules).toContain('{"name":"shortName","target":"example.unit#Name","length":{"min":2,"max":3}}');
    expect(rules).toContain('"example.unit#Tags": {"kind":"list","member":{"name":"member","target":"example.unit#Name"},"uniqueItems":true,"length":{"min":1,"max":4}},');
  });
});
