import { beforeAll, describe, expect, it } from "vitest";
import { loadModel } from "../../src/assembly/load.js";
import type { ModelChange } from "../../src/diff/change.js";
import { diffModels, type ModelDiff } from "../../src/diff/model-diff.js";
import { TARGETS } from "../../src/targets/index.js";
import { flattenMixins } from "../../src/transforms/flatten-mixins.js";

// Lightsail as published on 2025-04-02 against the newest model: a year of real model history.
const OLD = "/work/shared/models/history/lightsail-2016-11-28.2025-04-02.json";
const NEW = "/work/shared/models/aws/lightsail-2016-11-28.json";
const NS = "com.amazonaws.lightsail#";
const ERROR_ADDED = /^Error `RegionSetupInProgressException` was added to `(\w+)`\.$/;

let diff: ModelDiff;
beforeAll(() => {
  const load = (path: string) => flattenMixins(loadModel([path]).model);
  diff = diffModels(load(OLD), load(NEW), { targets: TARGETS });
}, 120_000);

const row = (c: ModelChange): string => `${c.severity} ${c.rule} ${c.shape.replace(NS, "")}${c.member === null ? "" : `$${c.member}`}: ${c.message}`;
const count = (values: readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const value of values) out[value] = (out[value] ?? 0) + 1;
  return out;
};

describe("Lightsail 2025-04-02 -> newest", () => {
  it("finds 176 changes: no breaking change, 159 features, 17 patches", () => {
    expect(count(diff.changes.map((c) => c.severity))).toEqual({ feature: 159, patch: 17 });
    expect(count(diff.changes.map((c) => `${c.rule} ${c.severity}`))).toEqual({
      "AddedError feature": 150,
      "AddedOptionalMember feature": 7,
      "AddedEnumValue feature": 2,
      "ChangedProtocolBinding patch": 9,
      "ChangedDocumentation patch": 5,
      "ChangedEndpointRules patch": 1,
      "ChangedEndpointTests patch": 1,
      "ChangedMemberOrder patch": 1,
    });
  });

  it("adds RegionSetupInProgressException to 150 operations", () => {
    const added = diff.changes.filter((c) => c.rule === "AddedError");
    expect(added.every((c) => ERROR_ADDED.test(c.message) && c.message.includes(c.shape.replace(NS, "")))).toBe(true);
    expect(added.map((c) => c.shape)).toContain(`${NS}GetExportSnapshotRecords`);
    expect(added.find((c) => c.shape === `${NS}GetExportSnapshotRecords`)!.message).toBe(
      "Error `RegionSetupInProgressException` was added to `GetExportSnapshotRecords`.",
    );
  });

  it("reports every other change precisely, in order", () => {
    expect(diff.changes.filter((c) => c.rule !== "AddedError").map(row)).toEqual([
      "patch ChangedDocumentation AccountLevelBpaSync$message: Documentation changed.",
      "feature AddedOptionalMember Alarm$tags: Optional member `tags` was added to `Alarm`.",
      "feature AddedOptionalMember Bucket$cors: Optional member `cors` was added to `Bucket`.",
      "feature AddedOptionalMember ContactMethod$tags: Optional member `tags` was added to `ContactMethod`.",
      "patch ChangedDocumentation CreateContactMethod: Documentation changed.",
      "feature AddedOptionalMember CreateContactMethodRequest$tags: Optional member `tags` was added to `CreateContactMethodRequest`.",
      "patch ChangedDocumentation CreateLoadBalancer: Documentation changed.",
      'patch ChangedProtocolBinding DeleteAlarm: @http changed from {"code":200,"method":"DELETE","uri":"/ls/api/2016-11-28/DeleteAlarm"} to {"code":200,"method":"DELETE","uri":"/ls/api/2016-11-28/DeleteAlarm/{alarmName}"}; `awsJson1_1` does not use it, so nothing on the wire changes.',
      "patch ChangedProtocolBinding DeleteAlarmRequest$alarmName: @httpLabel {} was added; `awsJson1_1` does not use it, so nothing on the wire changes.",
      'patch ChangedProtocolBinding GetAlarmsRequest$alarmName: @httpQuery "alarmName" was added; `awsJson1_1` does not use it, so nothing on the wire changes.',
      'patch ChangedProtocolBinding GetAlarmsRequest$monitoredResourceName: @httpQuery "monitoredResourceName" was added; `awsJson1_1` does not use it, so nothing on the wire changes.',
      'patch ChangedProtocolBinding GetAlarmsRequest$pageToken: @httpQuery "pageToken" was added; `awsJson1_1` does not use it, so nothing on the wire changes.',
      "feature AddedOptionalMember GetBucketsRequest$includeCors: Optional member `includeCors` was added to `GetBucketsRequest`.",
      'patch ChangedProtocolBinding GetContactMethodsRequest$protocols: @httpQuery "protocols" was added; `awsJson1_1` does not use it, so nothing on the wire changes.',
      "patch ChangedDocumentation Lightsail_20161128: Documentation changed.",
      "patch ChangedEndpointRules Lightsail_20161128: The endpoint rule set changed only in how parameter types are spelled.",
      "patch ChangedEndpointTests Lightsail_20161128: The endpoint test cases changed (38 before, 34 now).",
      "patch ChangedDocumentation PutAlarm: Documentation changed.",
      "feature AddedOptionalMember PutAlarmRequest$tags: Optional member `tags` was added to `PutAlarmRequest`.",
      "patch ChangedMemberOrder RegionName: The members of `RegionName` were reordered.",
      "feature AddedEnumValue RegionName$AP_SOUTHEAST_3: Enum value `ap-southeast-3` (`AP_SOUTHEAST_3`) was added.",
      "feature AddedEnumValue RegionName$AP_SOUTHEAST_5: Enum value `ap-southeast-5` (`AP_SOUTHEAST_5`) was added.",
      'patch ChangedProtocolBinding TestAlarm: @http changed from {"code":200,"method":"GET","uri":"/ls/api/2016-11-28/TestAlarm"} to {"code":200,"method":"GET","uri":"/ls/api/2016-11-28/TestAlarm/{alarmName}"}; `awsJson1_1` does not use it, so nothing on the wire changes.',
      "patch ChangedProtocolBinding TestAlarmRequest$alarmName: @httpLabel {} was added; `awsJson1_1` does not use it, so nothing on the wire changes.",
      'patch ChangedProtocolBinding TestAlarmRequest$state: @httpQuery "state" was added; `awsJson1_1` does not use it, so nothing on the wire changes.',
      "feature AddedOptionalMember UpdateBucketRequest$cors: Optional member `cors` was added to `UpdateBucketRequest`.",
    ]);
  });
});

describe("the packages the history touches", () => {
  const packagesOf = (rule: string): string[][] =>
    [...new Set(diff.changes.filter((c) => c.rule === rule).map((c) => diff.packagesOf(c).map((p) => p.replace("@smithy-gen/lightsail-", "")).join(",")))].map(
      (list) => (list ? list.split(",") : []),
    );

  it("bumps types, serde, client and server minor; the paginators package is untouched (the official model has no @paginated)", () => {
    expect(diff.bumps).toEqual({
      "@smithy-gen/lightsail-client": "minor",
      "@smithy-gen/lightsail-serde": "minor",
      "@smithy-gen/lightsail-server": "minor",
      "@smithy-gen/lightsail-types": "minor",
    });
    const paginators = diff.packages.find((p) => p.role === "paginators")!;
    expect(paginators.changedFiles).toEqual([]);
    expect(diff.packages.every((p) => !p.unexplained)).toBe(true);
  });

  it("maps each kind of change to the packages whose generated files it changes", () => {
    // a new error: its class (types), the response parsers (serde), the commands' documented errors
    // (client), its serializer and the operations' error tables (server)
    expect(packagesOf("AddedError")).toEqual([["client", "serde", "server", "types"]]);
    // a new member: the interface (types), its serializer (serde), the client's re-export of the type,
    // its deserializer and the member in the constraint table (server)
    expect(packagesOf("AddedOptionalMember")).toEqual([["client", "serde", "server", "types"]]);
    // HTTP bindings mean nothing to awsJson1_1: no generated file changes
    expect(packagesOf("ChangedProtocolBinding")).toEqual([[]]);
    // the rule set and its test cases are the client's
    expect(packagesOf("ChangedEndpointRules")).toEqual([["client"]]);
    expect(packagesOf("ChangedEndpointTests")).toEqual([["client"]]);
    const documentation = Object.fromEntries(
      diff.changes.filter((c) => c.rule === "ChangedDocumentation").map((c) => [`${c.shape.replace(NS, "")}${c.member ? `$${c.member}` : ""}`, diff.packagesOf(c)]),
    );
    expect(documentation).toEqual({
      AccountLevelBpaSync$message: ["@smithy-gen/lightsail-client", "@smithy-gen/lightsail-types"],
      // an operation's documentation is its command's, and its handler method's in the server
      CreateContactMethod: ["@smithy-gen/lightsail-client", "@smithy-gen/lightsail-server"],
      CreateLoadBalancer: ["@smithy-gen/lightsail-client", "@smithy-gen/lightsail-server"],
      Lightsail_20161128: ["@smithy-gen/lightsail-client"],
      PutAlarm: ["@smithy-gen/lightsail-client", "@smithy-gen/lightsail-server"],
    });
    // the enum's file in types, the client's re-export of it, the values in the server's constraint
    // table; serde never names the enum
    expect(packagesOf("AddedEnumValue")).toEqual([["client", "server", "types"]]);
    expect(packagesOf("ChangedMemberOrder")).toEqual([["client", "server", "types"]]);
  });
});
