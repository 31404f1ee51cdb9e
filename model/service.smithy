$version: "2.0"

namespace com.amazonaws.lightsail

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_1

/// <p>Amazon Lightsail is a simple way to run websites and applications on Amazon Web Services:
/// it bundles compute instances, containers, storage, databases and networking for a fixed
/// monthly price.</p>
/// <p>This model covers one operation of the Lightsail API,
/// <code>GetExportSnapshotRecords</code>.</p>
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
