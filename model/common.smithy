$version: "2.0"

namespace com.amazonaws.lightsail

// Shapes that the Lightsail API shares between many operations. Their ids, including the
// lower-case `string`, `integer` and `boolean`, are the official model's, so that a shape keeps
// its id whichever of the two models the generator reads.

/// <p>Describes the location of a resource: its Amazon Web Services Region and Availability
/// Zone.</p>
structure ResourceLocation {
    /// <p>The Availability Zone. Follows the format <code>us-east-2a</code>
    /// (case-sensitive).</p>
    availabilityZone: string

    /// <p>The Amazon Web Services Region name.</p>
    regionName: RegionName
}

/// <p>An Amazon Web Services Region in which Lightsail is available.</p>
enum RegionName {
    US_EAST_1 = "us-east-1"
    US_EAST_2 = "us-east-2"
    US_WEST_1 = "us-west-1"
    US_WEST_2 = "us-west-2"
    EU_WEST_1 = "eu-west-1"
    EU_WEST_2 = "eu-west-2"
    EU_WEST_3 = "eu-west-3"
    EU_CENTRAL_1 = "eu-central-1"
    CA_CENTRAL_1 = "ca-central-1"
    AP_SOUTH_1 = "ap-south-1"
    AP_SOUTHEAST_1 = "ap-southeast-1"
    AP_SOUTHEAST_2 = "ap-southeast-2"
    AP_NORTHEAST_1 = "ap-northeast-1"
    AP_NORTHEAST_2 = "ap-northeast-2"
    EU_NORTH_1 = "eu-north-1"
    AP_SOUTHEAST_3 = "ap-southeast-3"
}

/// <p>The type of a Lightsail resource.</p>
enum ResourceType {
    ContainerService = "ContainerService"
    Instance = "Instance"
    StaticIp = "StaticIp"
    KeyPair = "KeyPair"
    InstanceSnapshot = "InstanceSnapshot"
    Domain = "Domain"
    PeeredVpc = "PeeredVpc"
    LoadBalancer = "LoadBalancer"
    LoadBalancerTlsCertificate = "LoadBalancerTlsCertificate"
    Disk = "Disk"
    DiskSnapshot = "DiskSnapshot"
    RelationalDatabase = "RelationalDatabase"
    RelationalDatabaseSnapshot = "RelationalDatabaseSnapshot"
    ExportSnapshotRecord = "ExportSnapshotRecord"
    CloudFormationStackRecord = "CloudFormationStackRecord"
    Alarm = "Alarm"
    ContactMethod = "ContactMethod"
    Distribution = "Distribution"
    Certificate = "Certificate"
    Bucket = "Bucket"
}

/// <p>The name of a Lightsail resource: word characters and hyphens, starting and ending with a
/// word character.</p>
@pattern("^\\w[\\w\\-]*\\w$")
string ResourceName

/// <p>A string with at least one character that is not white space.</p>
@pattern("\\S")
string NonEmptyString

/// <p>A date and time.</p>
timestamp IsoDate

/// <p>A string.</p>
string string

/// <p>An integer.</p>
integer integer

/// <p>A Boolean value.</p>
boolean boolean
