// model/ against the official AWS model it is brought in from (`pnpm model:update
// ../shared/models/aws/lightsail-2016-11-28.json`): every shape of the service must be the same,
// with the same types, members, targets, enum values and traits, except for the project's own
// additions (model/additions.smithy), listed in ALLOWED_DIFFERENCES. An unlisted difference fails,
// and so does a listed one that no longer occurs, so the list stays the exact account of where the
// models part.
import { beforeAll, describe, expect, it } from "vitest";
import {
  getTrait,
  isNodeObject,
  loadModel,
  membersOf,
  nodeEquals,
  type Model,
  type NodeValue,
  type Shape,
  type ShapeId,
  type Traits,
} from "@smithy-gen/codegen";
import { basename } from "node:path";
import { closureOf, loadOfficialModel, loadOurModel, modelFiles, NAMESPACE, OPERATION_ID, SERVICE_ID } from "./support.js";


interface AllowedDifference {
  /** The difference as `describeDifferences` words it, or a pattern for a family of them. */
  readonly difference: string | RegExp;
  readonly reason: string;
}

const ALLOWED_DIFFERENCES: readonly AllowedDifference[] = [
  {
    difference: /^trait smithy\.api#paginated on com\.amazonaws\.lightsail#Get\w+: only in model\/$/,
    reason:
      "model/additions.smithy marks the 28 operations that page by pageToken/nextPageToken @paginated; the official model marks none (pagination.test.ts checks which).",
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

/** The service's own shapes (its namespace), sorted. */
const serviceShapes = (model: Model): ShapeId[] =>
  [...model.shapes.keys()].filter((id) => id.startsWith(`${NAMESPACE}#`)).sort();

/** Every difference between the two models' shapes of the service's namespace, one readable line each. */
function describeDifferences(official: Model, ours: Model): string[] {
  const officialIds = serviceShapes(official);
  const ourIds = new Set(serviceShapes(ours));
  const out: string[] = [];
  for (const id of officialIds) {
    if (!ourIds.has(id)) out.push(`shape ${id}: only in official`);
    else out.push(...shapeDifferences(official.expectShape(id), ours.expectShape(id)));
  }
  const known = new Set(officialIds);
  for (const id of ourIds) if (!known.has(id)) out.push(`shape ${id}: only in model/`);
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

describe("model/ against the official model", () => {
  it("has every shape of the official service, 161 operations, and no other", () => {
    expect(serviceShapes(ours)).toEqual(serviceShapes(official));
    expect(ours.expectShapeOfType(SERVICE_ID, "service").operations).toHaveLength(161);
  });

  it("differs from the official model only as ALLOWED_DIFFERENCES says", () => {
    const differences = describeDifferences(official, ours);
    const unexplained = differences.filter((d) => !ALLOWED_DIFFERENCES.some((allowed) => matches(allowed, d)));
    expect(unexplained).toEqual([]);
    const gone = ALLOWED_DIFFERENCES.filter((allowed) => !differences.some((d) => matches(allowed, d))).map((a) => a.difference);
    expect(gone).toEqual([]);
    expect(differences).toHaveLength(28);
  });

  it("without additions.smithy is exactly the official model", () => {
    const bare = loadModel(modelFiles().filter((file) => basename(file) !== "additions.smithy"), { strict: true }).model;
    expect(describeDifferences(official, bare)).toEqual([]);
  });

  it("keeps the seed operation's closure of 30 shapes and its eight error traits", () => {
    expect([...closureOf(ours, OPERATION_ID)].sort()).toEqual([...closureOf(official, OPERATION_ID)].sort());
    expect(closureOf(ours, OPERATION_ID)).toHaveLength(30);
    const errors = (model: Model) =>
      model.expectShapeOfType(OPERATION_ID, "operation").errors.map((id) => {
        const shape = model.expectShape(id);
        return [id, getTrait(shape, "smithy.api#error"), getTrait(shape, "smithy.api#httpError")];
      });
    expect(errors(ours)).toEqual(errors(official));
    expect(errors(ours)).toHaveLength(8);
  });
});

describe("the service", () => {
  const serviceTrait = (model: Model, trait: string): NodeValue | undefined => getTrait(model.expectShape(SERVICE_ID), trait);

  it("has the official version, title, aws.api#service values, sigv4 name and protocol", () => {
    const officialService = official.expectShapeOfType(SERVICE_ID, "service");
    const ourService = ours.expectShapeOfType(SERVICE_ID, "service");
    expect(ourService.version).toBe("2016-11-28");
    expect(ourService.version).toBe(officialService.version);
    expect(ourService.operations).toEqual(officialService.operations);
    for (const trait of ["aws.api#service", "aws.auth#sigv4", "aws.protocols#awsJson1_1", "smithy.api#title"]) {
      expect(serviceTrait(official, trait), trait).toBeDefined();
      expect(serviceTrait(ours, trait), trait).toEqual(serviceTrait(official, trait));
    }
    expect(serviceTrait(ours, "aws.auth#sigv4")).toEqual({ name: "lightsail" });
    expect(typeof serviceTrait(ours, "smithy.api#documentation")).toBe("string");
  });

  it("declares the standard endpoint parameters and runs the official endpoint tests", () => {
    const ruleSet = serviceTrait(ours, "smithy.rules#endpointRuleSet");
    if (!isNodeObject(ruleSet) || !isNodeObject(ruleSet.parameters)) throw new Error("no endpoint rule set parameters");
    expect(Object.keys(ruleSet.parameters).sort()).toEqual(["Endpoint", "Region", "UseDualStack", "UseFIPS"]);
    const tests = serviceTrait(ours, "smithy.rules#endpointTests");
    if (!isNodeObject(tests) || !Array.isArray(tests.testCases)) throw new Error("no endpoint tests");
    expect(tests.testCases).toHaveLength(34);
    expect(nodeEquals(tests, serviceTrait(official, "smithy.rules#endpointTests")!)).toBe(true);
  });
});
