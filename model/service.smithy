// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

metadata suppressions = [
    { id: "HttpMethodSemantics", namespace: "*" }
    { id: "HttpResponseCodeSemantics", namespace: "*" }
    { id: "PaginatedTrait", namespace: "*" }
    { id: "HttpHeaderTrait", namespace: "*" }
    { id: "HttpUriConflict", namespace: "*" }
    { id: "Service", namespace: "*" }
]

namespace com.amazonaws.lightsail

use aws.api#service
use aws.auth#sigv4
use aws.protocols#awsJson1_1

/// <p>Amazon Lightsail is the easiest way to get started with Amazon Web Services (Amazon Web Services) for developers who need to build websites or web applications. It includes
///       everything you need to launch your project quickly - instances (virtual private servers),
///       container services, storage buckets, managed databases, SSD-based block storage, static IP
///       addresses, load balancers, content delivery network (CDN) distributions, DNS management of
///       registered domains, and resource snapshots (backups) - for a low, predictable monthly
///       price.</p>
///          <p>You can manage your Lightsail resources using the Lightsail console, Lightsail API,
///         Command Line Interface (CLI), or SDKs. For more information about Lightsail
///       concepts and tasks, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-how-to-set-up-and-configure-aws-cli">Amazon Lightsail Developer Guide</a>.</p>
///          <p>This API Reference provides detailed information about the actions, data types,
///       parameters, and errors of the Lightsail service. For more information about the supported
///         Amazon Web Services Regions, endpoints, and service quotas of the Lightsail service, see
///         <a href="https://docs.aws.amazon.com/general/latest/gr/lightsail.html">Amazon Lightsail Endpoints
///         and Quotas</a> in the <i>Amazon Web Services General Reference</i>.</p>
@service(
    sdkId: "Lightsail"
    arnNamespace: "lightsail"
    cloudFormationName: "Lightsail"
    cloudTrailEventSource: "lightsail.amazonaws.com"
    endpointPrefix: "lightsail"
)
@sigv4(name: "lightsail")
@awsJson1_1
@title("Amazon Lightsail")
service Lightsail_20161128 {
    version: "2016-11-28"
    operations: [
        AllocateStaticIp
        AttachCertificateToDistribution
        AttachDisk
        AttachInstancesToLoadBalancer
        AttachLoadBalancerTlsCertificate
        AttachStaticIp
        CloseInstancePublicPorts
        CopySnapshot
        CreateBucket
        CreateBucketAccessKey
        CreateCertificate
        CreateCloudFormationStack
        CreateContactMethod
        CreateContainerService
        CreateContainerServiceDeployment
        CreateContainerServiceRegistryLogin
        CreateDisk
        CreateDiskFromSnapshot
        CreateDiskSnapshot
        CreateDistribution
        CreateDomain
        CreateDomainEntry
        CreateGUISessionAccessDetails
        CreateInstances
        CreateInstancesFromSnapshot
        CreateInstanceSnapshot
        CreateKeyPair
        CreateLoadBalancer
        CreateLoadBalancerTlsCertificate
        CreateRelationalDatabase
        CreateRelationalDatabaseFromSnapshot
        CreateRelationalDatabaseSnapshot
        DeleteAlarm
        DeleteAutoSnapshot
        DeleteBucket
        DeleteBucketAccessKey
        DeleteCertificate
        DeleteContactMethod
        DeleteContainerImage
        DeleteContainerService
        DeleteDisk
        DeleteDiskSnapshot
        DeleteDistribution
        DeleteDomain
        DeleteDomainEntry
        DeleteInstance
        DeleteInstanceSnapshot
        DeleteKeyPair
        DeleteKnownHostKeys
        DeleteLoadBalancer
        DeleteLoadBalancerTlsCertificate
        DeleteRelationalDatabase
        DeleteRelationalDatabaseSnapshot
        DetachCertificateFromDistribution
        DetachDisk
        DetachInstancesFromLoadBalancer
        DetachStaticIp
        DisableAddOn
        DownloadDefaultKeyPair
        EnableAddOn
        ExportSnapshot
        GetActiveNames
        GetAlarms
        GetAutoSnapshots
        GetBlueprints
        GetBucketAccessKeys
        GetBucketBundles
        GetBucketMetricData
        GetBuckets
        GetBundles
        GetCertificates
        GetCloudFormationStackRecords
        GetContactMethods
        GetContainerAPIMetadata
        GetContainerImages
        GetContainerLog
        GetContainerServiceDeployments
        GetContainerServiceMetricData
        GetContainerServicePowers
        GetContainerServices
        GetCostEstimate
        GetDisk
        GetDisks
        GetDiskSnapshot
        GetDiskSnapshots
        GetDistributionBundles
        GetDistributionLatestCacheReset
        GetDistributionMetricData
        GetDistributions
        GetDomain
        GetDomains
        GetExportSnapshotRecords
        GetInstance
        GetInstanceAccessDetails
        GetInstanceMetricData
        GetInstancePortStates
        GetInstances
        GetInstanceSnapshot
        GetInstanceSnapshots
        GetInstanceState
        GetKeyPair
        GetKeyPairs
        GetLoadBalancer
        GetLoadBalancerMetricData
        GetLoadBalancers
        GetLoadBalancerTlsCertificates
        GetLoadBalancerTlsPolicies
        GetOperation
        GetOperations
        GetOperationsForResource
        GetRegions
        GetRelationalDatabase
        GetRelationalDatabaseBlueprints
        GetRelationalDatabaseBundles
        GetRelationalDatabaseEvents
        GetRelationalDatabaseLogEvents
        GetRelationalDatabaseLogStreams
        GetRelationalDatabaseMasterUserPassword
        GetRelationalDatabaseMetricData
        GetRelationalDatabaseParameters
        GetRelationalDatabases
        GetRelationalDatabaseSnapshot
        GetRelationalDatabaseSnapshots
        GetSetupHistory
        GetStaticIp
        GetStaticIps
        ImportKeyPair
        IsVpcPeered
        OpenInstancePublicPorts
        PeerVpc
        PutAlarm
        PutInstancePublicPorts
        RebootInstance
        RebootRelationalDatabase
        RegisterContainerImage
        ReleaseStaticIp
        ResetDistributionCache
        SendContactMethodVerification
        SetIpAddressType
        SetResourceAccessForBucket
        SetupInstanceHttps
        StartGUISession
        StartInstance
        StartRelationalDatabase
        StopGUISession
        StopInstance
        StopRelationalDatabase
        TagResource
        TestAlarm
        UnpeerVpc
        UntagResource
        UpdateBucket
        UpdateBucketBundle
        UpdateContainerService
        UpdateDistribution
        UpdateDistributionBundle
        UpdateDomainEntry
        UpdateInstanceMetadataOptions
        UpdateLoadBalancerAttribute
        UpdateRelationalDatabase
        UpdateRelationalDatabaseParameters
    ]
}
