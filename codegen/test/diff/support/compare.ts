// Small hand-written models for the rule tests: a service `Weather` in namespace `example.weather`
// whose shapes each test writes in IDL, loaded through the real loader.
import { loadModelFromSources } from "../../../src/assembly/load.js";
import type { ModelChange } from "../../../src/diff/change.js";
import { compareModels } from "../../../src/diff/compare-models.js";
import type { Model } from "../../../src/model/model.js";
import { flattenMixins } from "../../../src/transforms/flatten-mixins.js";

export const NS = "example.weather";

export interface ServiceSpec {
  /** The protocol trait applied to the service. */
  readonly protocol?: string;
  /** Extra traits on the service, one IDL trait application per line. */
  readonly serviceTraits?: string;
  /** The body of the service shape (operations, errors, version, ...). */
  readonly service?: string;
}

/** An IDL model of the `Weather` service: `shapes` plus a service listing `operations: [GetForecast]` by default. */
export function weatherIdl(shapes: string, spec: ServiceSpec = {}): string {
  return [
    '$version: "2.0"',
    "",
    `namespace ${NS}`,
    "",
    `@${spec.protocol ?? "aws.protocols#awsJson1_1"}`,
    '@aws.api#service(sdkId: "Weather")',
    spec.serviceTraits ?? "",
    "service Weather {",
    `    ${spec.service ?? 'version: "2006-03-01"\n    operations: [GetForecast]'}`,
    "}",
    "",
    shapes,
    "",
  ].join("\n");
}

export function loadIdl(text: string, path = "weather.smithy"): Model {
  return flattenMixins(loadModelFromSources([{ path, text }]).model);
}

/** The changes between two IDL models. */
export function changesBetween(oldText: string, newText: string): ModelChange[] {
  return [...compareModels(loadIdl(oldText, "old.smithy"), loadIdl(newText, "new.smithy")).changes];
}

/** `severity rule shape$member` lines, the compact form the rule tests assert. */
export function summarize(changes: readonly ModelChange[]): string[] {
  return changes.map((c) => `${c.severity} ${c.rule} ${c.shape.replace(`${NS}#`, "")}${c.member === null ? "" : `$${c.member}`}`);
}
