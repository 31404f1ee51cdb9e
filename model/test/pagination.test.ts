// The paginators of Lightsail: the official model marks none of its operations @paginated, so
// model/additions.smithy does, for exactly the operations that page by token (an input
// `pageToken`, an output `nextPageToken` and one list in the output), as `smithy-gen
// find-paginated` finds them. When AWS adds such an operation, this test fails until the
// additions file marks it too (paste what `pnpm exec smithy-gen find-paginated model` prints).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createServiceIndex,
  findTokenPagination,
  getTrait,
  paginatedApplyStatements,
  type Model,
  type TokenPaginationFindings,
} from "@smithy-gen/codegen";
import { loadOfficialModel, loadOurModel, MODEL_DIR, NAMESPACE, SERVICE_ID } from "./support.js";

/** The 28 operations Lightsail pages by pageToken/nextPageToken, with the list each page holds. */
const PAGED: Readonly<Record<string, string>> = {
  GetActiveNames: "activeNames",
  GetAlarms: "alarms",
  GetBlueprints: "blueprints",
  GetBuckets: "buckets",
  GetBundles: "bundles",
  GetCertificates: "certificates",
  GetCloudFormationStackRecords: "cloudFormationStackRecords",
  GetContainerLog: "logEvents",
  GetDiskSnapshots: "diskSnapshots",
  GetDisks: "disks",
  GetDistributions: "distributions",
  GetDomains: "domains",
  GetExportSnapshotRecords: "exportSnapshotRecords",
  GetInstanceSnapshots: "instanceSnapshots",
  GetInstances: "instances",
  GetKeyPairs: "keyPairs",
  GetLoadBalancerTlsPolicies: "tlsPolicies",
  GetLoadBalancers: "loadBalancers",
  GetOperations: "operations",
  GetOperationsForResource: "operations",
  GetRelationalDatabaseBlueprints: "blueprints",
  GetRelationalDatabaseBundles: "bundles",
  GetRelationalDatabaseEvents: "relationalDatabaseEvents",
  GetRelationalDatabaseParameters: "parameters",
  GetRelationalDatabaseSnapshots: "relationalDatabaseSnapshots",
  GetRelationalDatabases: "relationalDatabases",
  GetSetupHistory: "setupHistory",
  GetStaticIps: "staticIps",
};

let official: Model;
let ours: Model;
let findings: TokenPaginationFindings;
beforeAll(() => {
  official = loadOfficialModel();
  ours = loadOurModel().model;
  findings = findTokenPagination(createServiceIndex(official, official.expectShapeOfType(SERVICE_ID, "service")));
});

describe("operations that page by token", () => {
  it("are found in the official model: 28, none of them marked", () => {
    expect(Object.fromEntries(findings.found.map((f) => [f.operation.slice(NAMESPACE.length + 1), f.items]))).toEqual(PAGED);
    expect(findings.alreadyPaginated).toEqual([]);
  });

  it("leave out the one operation with a page token but no single next token, saying why", () => {
    expect(findings.rejected).toEqual([
      {
        operation: `${NAMESPACE}#GetRelationalDatabaseLogEvents`,
        reason:
          "its input has `pageToken` but its output has no string member `nextPageToken` (it returns `nextBackwardToken` and " +
          "`nextForwardToken`: which one is next depends on the direction read, so no single token pages it)",
      },
    ]);
  });

  it("are marked @paginated in model/, and no other operation is", () => {
    const marked = ours
      .expectShapeOfType(SERVICE_ID, "service")
      .operations.filter((id) => getTrait(ours.expectShape(id), "smithy.api#paginated") !== undefined)
      .map((id) => [id.slice(NAMESPACE.length + 1), getTrait(ours.expectShape(id), "smithy.api#paginated")]);
    expect(Object.fromEntries(marked)).toEqual(
      Object.fromEntries(Object.entries(PAGED).map(([name, items]) => [name, { inputToken: "pageToken", outputToken: "nextPageToken", items }])),
    );
  });

  it("are marked by additions.smithy's apply statements, as find-paginated prints them", () => {
    const additions = readFileSync(join(MODEL_DIR, "additions.smithy"), "utf8");
    expect(additions).toContain(paginatedApplyStatements(findings.found, NAMESPACE));
  });
});
