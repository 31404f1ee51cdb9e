import { afterAll, describe, expect, it } from "vitest";
import type { ModelChange } from "../../src/diff/change.js";
import { DIFF_RULES } from "../../src/diff/rules/index.js";
import { changesBetween, summarize, weatherIdl, type ServiceSpec } from "./support/compare.js";

// The service every test starts from; each test edits one thing.
const BASE = `
@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "forecasts")
operation GetForecast {
    input: GetForecastInput
    output: GetForecastOutput
    errors: [NoSuchCity]
}

structure GetForecastInput {
    @required
    cityId: CityId
    date: Timestamp
    nextToken: String
    @idempotencyToken
    requestId: String
}

structure GetForecastOutput {
    forecasts: Forecasts
    nextToken: String
}

list Forecasts {
    member: Forecast
}

/// A day's forecast.
structure Forecast {
    @required
    high: Integer
    low: Integer = 0
    summary: Summary
    condition: Condition
}

enum Condition {
    SUNNY = "sunny"
    RAIN = "rain"
}

@length(min: 1, max: 64)
string CityId

string Summary

@error("client")
structure NoSuchCity {
    message: String
}

// end
`;

/** Replaces `from` (which must occur exactly once) by `to`. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`test bug: \`${from}\` must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const seenRules = new Set<string>();

/** The changes from the base model to the base model with edits applied in order (to its whole IDL text). */
type Edit = readonly [string, string];

const applyEdits = (text: string, edits: readonly Edit[]): string => edits.reduce((out, [from, to]) => edit(out, from, to), text);

/**
 * The changes from the base model (with `setup` edits) to the base model with `edits` applied in
 * order, to its whole IDL text.
 */
function changes(edits: readonly Edit[], spec: ServiceSpec = {}, setup: readonly Edit[] = []): ModelChange[] {
  const base = weatherIdl(BASE, spec);
  return record(changesBetween(applyEdits(base, setup), applyEdits(base, edits)));
}

/** The changes from the edited model back to the base model. */
function reverted(edits: readonly Edit[], spec: ServiceSpec = {}): ModelChange[] {
  const base = weatherIdl(BASE, spec);
  return record(changesBetween(applyEdits(base, edits), base));
}

function record(found: ModelChange[]): ModelChange[] {
  for (const change of found) seenRules.add(change.rule);
  return found;
}

function only(found: readonly ModelChange[]): ModelChange {
  expect(found).toHaveLength(1);
  return found[0]!;
}

afterAll(() => {
  // one test per rule: every rule of the table has produced a change somewhere in this file
  expect([...seenRules].sort()).toEqual(DIFF_RULES.map((r) => r.id).sort());
});

const APPEND = (idl: string): Edit => ["// end", `${idl}\n// end`];

describe("the service and its operations", () => {
  it("reports nothing for identical models", () => {
    expect(changes([])).toEqual([]);
  });

  it("RemovedOperation: breaking; the shapes only it used leave with it", () => {
    const found = changes([
      ["operations: [GetForecast]", "operations: []"],
    ]);
    expect(summarize(found)).toContain("breaking RemovedOperation GetForecast");
    expect(summarize(found)).toContain("breaking RemovedShape GetForecastInput");
    expect(summarize(found)).toContain("breaking RemovedShape NoSuchCity");
    expect(summarize(found)).toContain("patch RemovedShape Summary");
    expect(found.find((c) => c.rule === "RemovedOperation")!.message).toBe("Operation `GetForecast` was removed from the service.");
  });

  it("AddedOperation: feature", () => {
    const found = changes([["operations: [GetForecast]", "operations: [GetForecast, Ping]"], APPEND("operation Ping {}")]);
    expect(summarize(found)).toEqual(["feature AddedOperation Ping"]);
  });

  it("AddedResource and RemovedResource: feature and breaking, with their operations", () => {
    const withCity = [
      ["operations: [GetForecast]", "operations: [GetForecast]\n    resources: [City]"],
      APPEND("resource City {\n    identifiers: { cityId: CityId }\n    read: GetCity\n}\n\n@readonly\noperation GetCity {\n    input := {\n        @required\n        cityId: CityId\n    }\n}"),
    ] as const;
    expect(summarize(changes(withCity))).toEqual(["feature AddedResource City", "feature AddedOperation GetCity"]);
    expect(summarize(reverted(withCity))).toEqual([
      "breaking RemovedResource City",
      "breaking RemovedOperation GetCity",
      "breaking RemovedShape GetCityInput",
    ]);
  });

  it("ChangedOperationInputOutput: another input structure is breaking", () => {
    const found = changes([
      ["input: GetForecastInput", "input: ForecastRequest"],
      ["structure GetForecastInput {", "structure ForecastRequest {"],
    ]);
    expect(summarize(found)).toEqual(["breaking ChangedOperationInputOutput GetForecast", "breaking RemovedShape GetForecastInput"]);
    expect(found.find((c) => c.rule === "ChangedOperationInputOutput")!.message).toBe(
      "The input of `GetForecast` changed from `GetForecastInput` to `ForecastRequest`.",
    );
  });

  it("AddedError and RemovedError: feature and breaking, on operations and on the service", () => {
    const error = APPEND('@error("server")\nstructure Overloaded {}');
    const added = changes([["errors: [NoSuchCity]", "errors: [NoSuchCity, Overloaded]"], error]);
    expect(summarize(added)).toEqual(["feature AddedError GetForecast"]);
    expect(added[0]!.message).toBe("Error `Overloaded` was added to `GetForecast`.");
    const onService = changes([["operations: [GetForecast]", "operations: [GetForecast]\n    errors: [Overloaded]"], error]);
    expect(summarize(onService)).toEqual(["feature AddedError Weather"]);
    const removed = changes([["errors: [NoSuchCity]", "errors: []"]]);
    expect(summarize(removed)).toEqual(["breaking RemovedError GetForecast", "breaking RemovedShape NoSuchCity"]);
  });

  it("AddedPaginated, RemovedPaginated, ChangedPaginated", () => {
    const trait = '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "forecasts")';
    expect(summarize(changes([[trait, ""]]))).toEqual(["breaking RemovedPaginated GetForecast"]);
    expect(summarize(reverted([[trait, ""]]))).toEqual(["feature AddedPaginated GetForecast"]);
    const renamed = changes([[trait, '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "days")'], ["forecasts: Forecasts", "days: Forecasts"]]);
    expect(summarize(renamed)).toEqual([
      "breaking ChangedPaginated GetForecast",
      "feature AddedOptionalMember GetForecastOutput$days",
      "breaking RemovedMember GetForecastOutput$forecasts",
    ]);
    expect(renamed[0]!.message).toBe("The @paginated items of `GetForecast` changed from `forecasts` to `days`.");
    const pageSize = changes([[trait, '@paginated(inputToken: "nextToken", outputToken: "nextToken", items: "forecasts", pageSize: "size")'], ["    nextToken: String\n    @idempotencyToken", "    nextToken: String\n    size: Integer\n    @idempotencyToken"]]);
    expect(summarize(pageSize)).toEqual(["feature ChangedPaginated GetForecast", "feature AddedOptionalMember GetForecastInput$size"]);
  });
});

describe("shapes and members", () => {
  it("RemovedShape: breaking for a structure, a patch for a scalar", () => {
    const found = changes([["    condition: Condition\n", ""], ["    summary: Summary\n", "    summary: String\n"]]);
    expect(summarize(found)).toEqual([
      "breaking RemovedShape Condition",
      "breaking RemovedMember Forecast$condition",
      "patch ChangedMemberTarget Forecast$summary",
      "patch RemovedShape Summary",
    ]);
    expect(found[3]!.message).toBe("The string shape `Summary` is no longer used by the service.");
  });

  it("ChangedShapeType: breaking, except between an @enum string and an enum with the same values", () => {
    expect(summarize(changes([["string Summary", "integer Summary"]]))).toEqual(["breaking ChangedShapeType Summary"]);
    const legacy = only(changes([['enum Condition {\n    SUNNY = "sunny"\n    RAIN = "rain"\n}', '@enum([{ value: "sunny", name: "SUNNY" }, { value: "rain", name: "RAIN" }])\nstring Condition']]));
    expect(legacy.severity).toBe("patch");
    expect(legacy.message).toBe(
      "The type of `Condition` changed from enum to string (an `@enum` string and an enum shape with the same values generate the same type).",
    );
  });

  it("RemovedMember: breaking", () => {
    const found = only(changes([["    message: String\n", ""]]));
    expect(summarize([found])).toEqual(["breaking RemovedMember NoSuchCity$message"]);
    expect(found.message).toBe("Member `message` was removed from `NoSuchCity`.");
  });

  it("AddedRequiredMember: breaking without a default", () => {
    const found = only(changes([["    date: Timestamp\n", "    date: Timestamp\n    @required\n    units: String\n"]]));
    expect(summarize([found])).toEqual(["breaking AddedRequiredMember GetForecastInput$units"]);
  });

  it("AddedOptionalMember: feature, also when required with a default", () => {
    expect(summarize(changes([["    date: Timestamp\n", "    date: Timestamp\n    units: String\n"]]))).toEqual(["feature AddedOptionalMember GetForecastInput$units"]);
    expect(summarize(changes([["    date: Timestamp\n", '    date: Timestamp\n    @required\n    units: String = "metric"\n']]))).toEqual([
      "feature AddedOptionalMember GetForecastInput$units",
    ]);
  });

  it("AddedUnionMember: feature", () => {
    const alert = [["    condition: Condition\n", "    condition: Condition\n    alert: Alert\n"], APPEND("union Alert {\n    storm: String\n}")] as const;
    const found = changes([...alert, ["    storm: String\n", "    storm: String\n    flood: String\n"]], {}, alert);
    expect(summarize(found)).toEqual(["feature AddedUnionMember Alert$flood"]);
    expect(found[0]!.message).toBe("Union variant `flood` was added to `Alert`.");
  });

  it("ChangedMemberOrder: a patch", () => {
    const found = changes([["    @required\n    high: Integer\n    low: Integer = 0\n", "    low: Integer = 0\n    @required\n    high: Integer\n"]]);
    expect(summarize(found)).toEqual(["patch ChangedMemberOrder Forecast"]);
  });

  it("ChangedMemberTarget: breaking to another type or a named shape, a patch between scalars of one kind", () => {
    expect(summarize(changes([["    summary: Summary\n", "    summary: Integer\n"]]))).toEqual([
      "breaking ChangedMemberTarget Forecast$summary",
      "patch RemovedShape Summary",
    ]);
    const compatible = changes([["    summary: Summary\n", "    summary: Text\n"], APPEND("string Text")]);
    expect(summarize(compatible)).toEqual(["patch ChangedMemberTarget Forecast$summary", "patch RemovedShape Summary"]);
    expect(compatible[0]!.message).toBe(
      "The target of `summary` changed from `Summary` (string) to `Text` (string); both are string shapes, so the generated type is unchanged.",
    );
    const named = changes([["    condition: Condition\n", "    condition: Weather2\n"], APPEND('enum Weather2 {\n    SUNNY = "sunny"\n    RAIN = "rain"\n}')]);
    expect(summarize(named)).toEqual(["breaking RemovedShape Condition", "breaking ChangedMemberTarget Forecast$condition"]);
  });
});

describe("enums", () => {
  it("AddedEnumValue: feature, wherever it is inserted", () => {
    const appended = only(changes([['    RAIN = "rain"\n', '    RAIN = "rain"\n    SNOW = "snow"\n']]));
    expect(summarize([appended])).toEqual(["feature AddedEnumValue Condition$SNOW"]);
    expect(appended.message).toBe("Enum value `snow` (`SNOW`) was added.");
    const inserted = changes([['    SUNNY = "sunny"\n', '    FOG = "fog"\n    SUNNY = "sunny"\n']]);
    expect(summarize(inserted)).toEqual(["feature AddedEnumValue Condition$FOG"]);
  });

  it("RemovedEnumValue: breaking", () => {
    const found = only(changes([['    RAIN = "rain"\n', ""]]));
    expect(summarize([found])).toEqual(["breaking RemovedEnumValue Condition$RAIN"]);
    expect(found.message).toBe("Enum value `rain` (`RAIN`) was removed.");
  });

  it("ChangedEnumValue: a new value for a name, or a new name for a value, is breaking", () => {
    const value = only(changes([['    RAIN = "rain"', '    RAIN = "rainy"']]));
    expect(summarize([value])).toEqual(["breaking ChangedEnumValue Condition$RAIN"]);
    expect(value.message).toBe("Enum member `RAIN` changed its value from `rain` to `rainy`.");
    const renamed = only(changes([['    RAIN = "rain"', '    SHOWERS = "rain"']]));
    expect(renamed.message).toBe("Enum value `rain` was renamed from `RAIN` to `SHOWERS`.");
  });

  it("judges intEnum values and Smithy 1.0 @enum strings the same way", () => {
    const intEnum = [APPEND("intEnum Level {\n    LOW = 1\n    HIGH = 2\n}"), ["    summary: Summary\n", "    summary: Summary\n    level: Level\n"]] as const;
    const found = changes([...intEnum, ["    HIGH = 2\n", "    HIGH = 2\n    EXTREME = 3\n"]], {}, intEnum);
    expect(summarize(found)).toEqual(["feature AddedEnumValue Level$EXTREME"]);
    expect(found[0]!.message).toBe("Enum value 3 (`EXTREME`) was added.");
  });
});

describe("member traits", () => {
  it("AddedRequiredTrait: breaking without a default, a patch with one", () => {
    expect(summarize(changes([["    date: Timestamp\n", "    @required\n    date: Timestamp\n"]]))).toEqual(["breaking AddedRequiredTrait GetForecastInput$date"]);
    expect(summarize(changes([["    low: Integer = 0\n", "    @required\n    low: Integer = 0\n"]]))).toEqual(["patch AddedRequiredTrait Forecast$low"]);
  });

  it("RemovedRequiredTrait: breaking, unless @default replaces it", () => {
    expect(summarize(changes([["    @required\n    high: Integer\n", "    high: Integer\n"]]))).toEqual(["breaking RemovedRequiredTrait Forecast$high"]);
    expect(summarize(changes([["    @required\n    high: Integer\n", "    high: Integer = 0\n"]]))).toEqual([
      "patch ChangedDefault Forecast$high",
      "patch RemovedRequiredTrait Forecast$high",
    ]);
  });

  it("ChangedDefault: removing or changing a default is breaking", () => {
    const removed = only(changes([["    low: Integer = 0\n", "    low: Integer\n"]]));
    expect(summarize([removed])).toEqual(["breaking ChangedDefault Forecast$low"]);
    expect(removed.message).toBe("The default of `low` (0) was removed.");
    const changed = only(changes([["    low: Integer = 0\n", "    low: Integer = -10\n"]]));
    expect(changed.message).toBe("The default of `low` changed from 0 to -10.");
    expect(only(changes([["    summary: Summary\n", '    summary: Summary = ""\n']])).severity).toBe("breaking");
  });

  it("ChangedNullability: @clientOptional added is breaking", () => {
    expect(summarize(changes([["    @required\n    high: Integer\n", "    @required\n    @clientOptional\n    high: Integer\n"]]))).toEqual([
      "breaking ChangedNullability Forecast$high",
    ]);
  });

  it("ChangedTimestampFormat: breaking when the effective format changes, nothing when it restates the default", () => {
    const found = only(changes([["    date: Timestamp\n", '    @timestampFormat("date-time")\n    date: Timestamp\n']]));
    expect(summarize([found])).toEqual(["breaking ChangedTimestampFormat GetForecastInput$date"]);
    expect(found.message).toBe("The timestamp format of `date` changed from `epoch-seconds` (protocol default) to `date-time`.");
    expect(changes([["    date: Timestamp\n", '    @timestampFormat("epoch-seconds")\n    date: Timestamp\n']])).toEqual([]);
  });

  it("ChangedProtocolBinding: @jsonName is breaking under restJson1, a patch under awsJson1_1 which does not use it", () => {
    const rename = [["    summary: Summary\n", '    @jsonName("text")\n    summary: Summary\n']] as const;
    const awsJson = only(changes(rename));
    expect(summarize([awsJson])).toEqual(["patch ChangedProtocolBinding Forecast$summary"]);
    expect(awsJson.message).toBe('@jsonName "text" was added; `awsJson1_1` does not use it, so nothing on the wire changes.');
    const restJson = only(changes(rename, { protocol: "aws.protocols#restJson1" }));
    expect(summarize([restJson])).toEqual(["breaking ChangedProtocolBinding Forecast$summary"]);
    expect(restJson.message).toBe('@jsonName "text" was added: the value moves on the wire.');
  });

  it("ChangedIdempotencyToken: removing it is breaking, adding it a feature", () => {
    const removed = only(changes([["    @idempotencyToken\n", ""]]));
    expect(summarize([removed])).toEqual(["breaking ChangedIdempotencyToken GetForecastInput$requestId"]);
    expect(summarize(reverted([["    @idempotencyToken\n", ""]]))).toEqual(["feature ChangedIdempotencyToken GetForecastInput$requestId"]);
  });

  it("ChangedTypeShapingTrait: @sparse is breaking", () => {
    expect(summarize(changes([["list Forecasts {", "@sparse\nlist Forecasts {"]]))).toEqual(["breaking ChangedTypeShapingTrait Forecasts"]);
  });

  it("ChangedConstraint: a patch, with the reason", () => {
    const found = only(changes([["@length(min: 1, max: 64)", "@length(min: 1, max: 32)"]]));
    expect(summarize([found])).toEqual(["patch ChangedConstraint CityId"]);
    expect(found.message).toBe(
      '@length changed from {"max":64,"min":1} to {"max":32,"min":1}; constraints do not change generated types (the service enforces them).',
    );
  });

  it("ChangedDocumentation: a patch", () => {
    const found = only(changes([["/// A day's forecast.", "/// The forecast of one day."]]));
    expect(summarize([found])).toEqual(["patch ChangedDocumentation Forecast"]);
    expect(found.message).toBe("Documentation changed.");
  });

  it("ChangedDeprecated: deprecating is a feature, un-deprecating a patch", () => {
    const deprecate = [["structure Forecast {", "@deprecated\nstructure Forecast {"]] as const;
    expect(summarize(changes(deprecate))).toEqual(["feature ChangedDeprecated Forecast"]);
    expect(summarize(reverted(deprecate))).toEqual(["patch ChangedDeprecated Forecast"]);
  });

  it("ChangedTrait: any other trait is a patch", () => {
    const found = only(changes([["string Summary", "@sensitive\nstring Summary"]]));
    expect(summarize([found])).toEqual(["patch ChangedTrait Summary"]);
    expect(found.message).toBe("@sensitive was added ({}).");
  });
});

describe("the service", () => {
  it("ChangedProtocol: another protocol is breaking", () => {
    const found = changesBetween(weatherIdl(BASE), weatherIdl(BASE, { protocol: "aws.protocols#awsJson1_0" }));
    record(found);
    expect(summarize(found)).toEqual(["breaking ChangedProtocol Weather"]);
    expect(found[0]!.message).toBe("The service's protocol changed from `awsJson1_1` to `awsJson1_0`.");
  });

  it("ChangedAuth: a new SigV4 signing name is breaking", () => {
    const found = changesBetween(
      weatherIdl(BASE, { serviceTraits: '@aws.auth#sigv4(name: "weather")' }),
      weatherIdl(BASE, { serviceTraits: '@aws.auth#sigv4(name: "forecast")' }),
    );
    record(found);
    expect(summarize(found)).toEqual(["breaking ChangedAuth Weather"]);
    expect(found[0]!.message).toBe("The SigV4 signing name changed from `weather` to `forecast`.");
  });

  it("ChangedServiceIdentity: a new sdkId renames the packages", () => {
    const found = only(record(changesBetween(weatherIdl(BASE), weatherIdl(BASE).replace('sdkId: "Weather"', 'sdkId: "Forecast"'))));
    expect(summarize([found])).toEqual(["breaking ChangedServiceIdentity Weather"]);
    expect(found.message).toBe("The sdkId changed from `Weather` to `Forecast`: packages and classes are renamed.");
  });

  it("ChangedMetadata: a patch, reported on the service", () => {
    const found = only(changes([['$version: "2.0"', '$version: "2.0"\n\nmetadata release = "2"']]));
    expect(summarize([found])).toEqual(["patch ChangedMetadata Weather"]);
    expect(found.message).toBe('Metadata `release` was added ("2").');
  });

  it("ChangedServiceVersion: a patch", () => {
    expect(summarize(changes([['version: "2006-03-01"', 'version: "2024-01-01"']]))).toEqual(["patch ChangedServiceVersion Weather"]);
  });

  it("ChangedEndpointRules: a new parameter is a feature, other rule changes a patch", () => {
    const ruleSet = (parameters: string, url: string): string =>
      `@smithy.rules#endpointRuleSet({ version: "1.0", parameters: { ${parameters} }, rules: [{ conditions: [], endpoint: { url: "${url}" }, type: "endpoint" }] })`;
    const region = 'Region: { type: "string", builtIn: "AWS::Region", required: false, documentation: "The Region." }';
    const fips = 'UseFIPS: { type: "boolean", builtIn: "AWS::UseFIPS", required: true, default: false, documentation: "FIPS." }';
    const found = record(
      changesBetween(
        weatherIdl(BASE, { serviceTraits: ruleSet(region, "https://weather.example.com") }),
        weatherIdl(BASE, { serviceTraits: ruleSet(`${region}, ${fips}`, "https://weather.example.com") }),
      ),
    );
    expect(summarize(found)).toEqual(["feature ChangedEndpointRules Weather"]);
    expect(found[0]!.message).toBe("Endpoint parameter `UseFIPS` was added.");
    const rules = record(
      changesBetween(
        weatherIdl(BASE, { serviceTraits: ruleSet(region, "https://weather.example.com") }),
        weatherIdl(BASE, { serviceTraits: ruleSet(region, "https://forecast.example.com") }),
      ),
    );
    expect(summarize(rules)).toEqual(["patch ChangedEndpointRules Weather"]);
  });

  it("ChangedEndpointTests: a patch", () => {
    const tests = (count: number): string =>
      `@smithy.rules#endpointTests({ version: "1.0", testCases: [${Array.from({ length: count }, (_, i) => `{ documentation: "case ${i}", params: {}, expect: { error: "no" } }`).join(", ")}] })`;
    const found = record(changesBetween(weatherIdl(BASE, { serviceTraits: tests(2) }), weatherIdl(BASE, { serviceTraits: tests(1) })));
    expect(summarize(found)).toEqual(["patch ChangedEndpointTests Weather"]);
    expect(found[0]!.message).toBe("The endpoint test cases changed (2 before, 1 now).");
  });
});

describe("ordering", () => {
  it("lists changes by shape id, then member, then message, in code-unit order", () => {
    const found = changes([
      ['    RAIN = "rain"\n', '    RAIN = "rain"\n    SNOW = "snow"\n    HAIL = "hail"\n'],
      ["    date: Timestamp\n", "    date: Timestamp\n    units: String\n"],
      ["/// A day's forecast.", "/// The forecast of one day."],
    ]);
    expect(summarize(found)).toEqual([
      "feature AddedEnumValue Condition$HAIL",
      "feature AddedEnumValue Condition$SNOW",
      "patch ChangedDocumentation Forecast",
      "feature AddedOptionalMember GetForecastInput$units",
    ]);
  });
});
