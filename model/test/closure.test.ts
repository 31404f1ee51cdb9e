// model/ against the official AWS model: the closure of GetExportSnapshotRecords must be the
// same shapes, with the same types, members, targets, enum values and traits, except for the
// differences listed in ALLOWED_DIFFERENCES. An unlisted difference fails, and so does a listed
// one that no longer occurs, so the list stays the exact account of where the models part.
import { beforeAll, describe, expect, it } from "vitest";
import {
  getTrait,
  isNodeObject,
  membersOf,
  nodeEquals,
  type Model,
  type NodeValue,
  type Shape,
  type ShapeId,
  type Traits,
} from "@smithy-gen/codegen";
import { closureOf, loadOfficialModel, loadOurModel, NAMESPACE, OPERATION_ID, SERVICE_ID } from "./support.js";

const DOCUMENTATION = "smithy.api#documentation";
const ns = (name: string): ShapeId => `${NAMESPACE}#${name}`;

interface AllowedDifference {
  /** The difference as `describeDifferences` words it, or a pattern for a family of them. */
  readonly difference: string | RegExp;
  readonly reason: string;
}

const ALLOWED_DIFFERENCES: readonly AllowedDifference[] = [
  {
    difference: `member ${ns("RegionName")}$AP_SOUTHEAST_5: only in official`,
    reason:
      "The seed lists 16 Regions; the official model has since added ap-southeast-5 (Asia Pacific (Malaysia)). The seed is the spec.",
  },
  {
    difference: `shape ${ns("RegionName")}: member order differs`,
    reason:
      "model/ lists the Regions in the seed's order (eu-north-1 after ap-northeast-2, then ap-southeast-3); the official model puts eu-north-1 after eu-central-1.",
  },
  {
    difference: `trait smithy.api#paginated on ${ns("GetExportSnapshotRecords")}: only in model/`,
    reason:
      "The seed describes a paginated operation (pageToken in, nextPageToken and exportSnapshotRecords out); the official model carries no @paginated anywhere (it suppresses the PaginatedTrait validator), so it gets no paginator.",
  },
  {
    difference: /^trait smithy\.api#documentation on \S+: (differs|only in model\/)$/,
    reason:
      "Documentation is written for model/ from the seed's wording (and briefly, in our own words, where the seed has none, e.g. errors and their members). Only the text may differ: nothing documented in the official model is undocumented in model/.",
  },
];

/** A difference between two shapes' traits, one line per trait. */
function traitDifferences(where: string, official: Traits, ours: Traits): string[] {
  const out: string[] = [];
  for (const id of new Set([...Object.keys(official), ...Object.keys(ours)])) {
    const a = getTrait({ traits: official }, id);
    const b = getTrait({ traits: ours }, id);
    if (a === undefined) out.push(`trait ${id} on ${where}: only in model/`);
    else if (b === undefined) out.push(`trait ${id} on ${where}: only in official`);
    else if (!nodeEquals(a, b)) out.push(`trait ${id} on ${where}: differs`);
  }
  return out;
}

function shapeDifferences(official: Shape, ours: Shape): string[] {
  const id = official.id;
  if (official.type !== ours.type) return [`shape ${id}: type is ${official.type} in official, ${ours.type} in model/`];
  const out = traitDifferences(id, official.traits, ours.traits);
  if (official.type === "operation" && ours.type === "operation") {
    if (official.input !== ours.input) out.push(`operation ${id}: input is ${official.input} in official, ${ours.input} in model/`);
    if (official.output !== ours.output) out.push(`operation ${id}: output is ${official.output} in official, ${ours.output} in model/`);
    if (official.errors.join() !== ours.errors.join()) {
      out.push(`operation ${id}: errors are [${official.errors.join(", ")}] in official, [${ours.errors.join(", ")}] in model/`);
    }
  }
  const officialMembers = new Map(membersOf(official).map((m) => [m.name, m]));
  const ourMembers = new Map(membersOf(ours).map((m) => [m.name, m]));
  for (const [name, member] of officialMembers) {
    const mine = ourMembers.get(name);
    if (!mine) {
      out.push(`member ${member.id}: only in official`);
      continue;
    }
    if (member.target !== mine.target) out.push(`member ${member.id}: target is ${member.target} in official, ${mine.target} in model/`);
    out.push(...traitDifferences(member.id, member.traits, mine.traits));
  }
  for (const member of ourMembers.values()) if (!officialMembers.has(member.name)) out.push(`member ${member.id}: only in model/`);
  const common = (names: Iterable<string>, other: Map<string, unknown>) => [...names].filter((name) => other.has(name)).join();
  if (common(officialMembers.keys(), ourMembers) !== common(ourMembers.keys(), officialMembers)) {
    out.push(`shape ${id}: member order differs`);
  }
  return out;
}

/** Every difference between the two closures of the operation, one readable line each. */
function describeDifferences(official: Model, ours: Model): string[] {
  const officialIds = closureOf(official, OPERATION_ID);
  const ourIds = closureOf(ours, OPERATION_ID);
  const out: string[] = [];
  for (const id of officialIds) {
    if (!ourIds.includes(id)) out.push(`shape ${id}: only in official`);
    else out.push(...shapeDifferences(official.expectShape(id), ours.expectShape(id)));
  }
  for (const id of ourIds) if (!officialIds.includes(id)) out.push(`shape ${id}: only in model/`);
  return out;
}

const matches = (allowed: AllowedDifference, difference: string): boolean =>
  typeof allowed.difference === "string" ? allowed.difference === difference : allowed.difference.test(difference);

let official: Model;
let ours: Model;
let warnings: string[];
beforeAll(() => {
  official = loadOfficialModel();
  const loaded = loadOurModel();
  ours = loaded.model;
  warnings = loaded.warnings.map((w) => `${w.location?.file}:${w.location?.line}: ${w.message}`);
});

it("model/ loads without warnings", () => {
  expect(warnings).toEqual([]);
});

describe("the closure of GetExportSnapshotRecords", () => {
  it("has the same 30 shapes in both models", () => {
    const officialIds = closureOf(official, OPERATION_ID);
    expect(officialIds).toHaveLength(30);
    expect([...closureOf(ours, OPERATION_ID)].sort()).toEqual([...officialIds].sort());
  });

  it("differs from the official model only as ALLOWED_DIFFERENCES says", () => {
    const differences = describeDifferences(official, ours);
    const unexplained = differences.filter((d) => !ALLOWED_DIFFERENCES.some((allowed) => matches(allowed, d)));
    expect(unexplained).toEqual([]);
    const gone = ALLOWED_DIFFERENCES.filter((allowed) => !differences.some((d) => matches(allowed, d))).map((a) => a.difference);
    expect(gone).toEqual([]);
  });

  it("keeps the official error traits", () => {
    const errors = (model: Model) => {
      const operation = model.expectShapeOfType(OPERATION_ID, "operation");
      return operation.errors.map((id) => {
        const shape = model.expectShape(id);
        return [id, getTrait(shape, "smithy.api#error"), getTrait(shape, "smithy.api#httpError")];
      });
    };
    expect(errors(ours)).toEqual(errors(official));
    expect(errors(ours)).toHaveLength(8);
  });

  it("documents the operation and every structure, member and error", () => {
    const undocumented: string[] = [];
    for (const id of closureOf(ours, OPERATION_ID)) {
      const shape = ours.expectShape(id);
      if (shape.type !== "operation" && shape.type !== "structure") continue;
      if (typeof getTrait(shape, DOCUMENTATION) !== "string") undocumented.push(id);
      for (const member of membersOf(shape)) if (typeof getTrait(member, DOCUMENTATION) !== "string") undocumented.push(member.id);
    }
    expect(undocumented).toEqual([]);
  });
});

describe("the service", () => {
  const serviceTrait = (model: Model, trait: string): NodeValue | undefined => getTrait(model.expectShape(SERVICE_ID), trait);

  it("has the official version, title, aws.api#service values, sigv4 name and protocol", () => {
    const officialService = official.expectShapeOfType(SERVICE_ID, "service");
    const ourService = ours.expectShapeOfType(SERVICE_ID, "service");
    expect(ourService.version).toBe("2016-11-28");
    expect(ourService.version).toBe(officialService.version);
    expect(ourService.operations).toEqual([OPERATION_ID]);
    for (const trait of ["aws.api#service", "aws.auth#sigv4", "aws.protocols#awsJson1_1", "smithy.api#title"]) {
      expect(serviceTrait(official, trait), trait).toBeDefined();
      expect(serviceTrait(ours, trait), trait).toEqual(serviceTrait(official, trait));
    }
    expect(serviceTrait(ours, "aws.auth#sigv4")).toEqual({ name: "lightsail" });
    expect(typeof serviceTrait(ours, DOCUMENTATION)).toBe("string");
  });

  it("declares the standard endpoint parameters, as the official rule set does", () => {
    const parameters = (model: Model) => {
      const ruleSet = serviceTrait(model, "smithy.rules#endpointRuleSet");
      if (!isNodeObject(ruleSet) || !isNodeObject(ruleSet.parameters)) throw new Error("no endpoint rule set parameters");
      // Parameter documentation is ours to word; everything else must agree.
      return Object.fromEntries(
        Object.entries(ruleSet.parameters).map(([name, p]) => {
          const { documentation: _, ...rest } = p as Record<string, NodeValue>;
          return [name, rest];
        }),
      );
    };
    expect(parameters(ours)).toEqual(parameters(official));
    expect(Object.keys(parameters(ours)).sort()).toEqual(["Endpoint", "Region", "UseDualStack", "UseFIPS"]);
  });

  it("has endpoint tests that agree with the official ones wherever the parameters are the same", () => {
    interface TestCase {
      documentation?: string;
      params?: NodeValue;
      expect: NodeValue;
    }
    const testCases = (model: Model): TestCase[] => {
      const tests = serviceTrait(model, "smithy.rules#endpointTests");
      if (!isNodeObject(tests) || tests.version !== "1.0" || !Array.isArray(tests.testCases)) throw new Error("no endpoint tests");
      return tests.testCases as unknown as TestCase[];
    };
    const mine = testCases(ours);
    expect(mine.length).toBeGreaterThanOrEqual(20);
    const disagreements: string[] = [];
    let overlapping = 0;
    for (const theirs of testCases(official)) {
      const same = mine.filter((c) => nodeEquals(c.params ?? {}, theirs.params ?? {}));
      if (same.length > 0) overlapping++;
      for (const c of same) {
        if (!nodeEquals(c.expect, theirs.expect)) disagreements.push(`${JSON.stringify(theirs.params ?? {})}: ${c.documentation}`);
      }
    }
    expect(disagreements).toEqual([]);
    // model/ repeats every official case (and adds its own), so the overlap is all of them.
    expect(overlapping).toBe(testCases(official).length);
  });
});
