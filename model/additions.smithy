$version: "2"

// The project's own additions to AWS's official Lightsail model, applied on top of it.
// `pnpm model:update` rewrites every other file of model/ from the official model and keeps this
// one; an update that removes a shape applied here fails with this file's location.

namespace com.amazonaws.lightsail

// Lightsail pages 28 operations by `pageToken` / `nextPageToken` and marks none of them
// @paginated, so a generator reading the official model alone makes no paginator for any (the
// AWS SDK for JavaScript has none; botocore lists them by hand). These statements are what
// `smithy-gen find-paginated model` prints; model/test/pagination.test.ts checks that they stay
// exactly the operations it finds, and says why GetRelationalDatabaseLogEvents is not one.
apply GetActiveNames @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "activeNames")
apply GetAlarms @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "alarms")
apply GetBlueprints @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "blueprints")
apply GetBuckets @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "buckets")
apply GetBundles @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "bundles")
apply GetCertificates @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "certificates")
apply GetCloudFormationStackRecords @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "cloudFormationStackRecords")
apply GetContainerLog @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "logEvents")
apply GetDiskSnapshots @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "diskSnapshots")
apply GetDisks @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "disks")
apply GetDistributions @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "distributions")
apply GetDomains @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "domains")
apply GetExportSnapshotRecords @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "exportSnapshotRecords")
apply GetInstanceSnapshots @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "instanceSnapshots")
apply GetInstances @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "instances")
apply GetKeyPairs @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "keyPairs")
apply GetLoadBalancerTlsPolicies @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "tlsPolicies")
apply GetLoadBalancers @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "loadBalancers")
apply GetOperations @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "operations")
apply GetOperationsForResource @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "operations")
apply GetRelationalDatabaseBlueprints @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "blueprints")
apply GetRelationalDatabaseBundles @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "bundles")
apply GetRelationalDatabaseEvents @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "relationalDatabaseEvents")
apply GetRelationalDatabaseParameters @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "parameters")
apply GetRelationalDatabaseSnapshots @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "relationalDatabaseSnapshots")
apply GetRelationalDatabases @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "relationalDatabases")
apply GetSetupHistory @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "setupHistory")
apply GetStaticIps @paginated(inputToken: "pageToken", outputToken: "nextPageToken", items: "staticIps")
