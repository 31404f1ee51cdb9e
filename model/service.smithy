$version: "2.0"

namespace com.amazonaws.lightsail

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_1

/// <p>Amazon Lightsail offers virtual private servers (instances), container services, storage
/// buckets, managed databases, block storage, static IP addresses, load balancers, content
/// delivery network distributions, DNS management and snapshots for a predictable monthly
/// price.</p>
/// <p>This model describes the <code>GetExportSnapshotRecords</code> operation of the Lightsail
/// API. Its endpoint rules are in <code>endpoints.smithy</code> and their test cases in
/// <code>endpoint-tests.smithy</code>.</p>
@title("Amazon Lightsail")
@service(
    sdkId: "Lightsail"
    arnNamespace: "lightsail"
    cloudFormationName: "Lightsail"
    cloudTrailEventSource: "lightsail.amazonaws.com"
    endpointPrefix: "lightsail"
)
@sigv4(name: "lightsail")
@awsJson1_1
service Lightsail_20161128 {
    version: "2016-11-28"
    operations: [
        GetExportSnapshotRecords
    ]
}
