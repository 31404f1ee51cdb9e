// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates an Amazon Lightsail content delivery network (CDN) distribution.</p>
///          <p>A distribution is a globally distributed network of caching servers that improve the
///       performance of your website or web application hosted on a Lightsail instance. For more
///       information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-content-delivery-network-distributions">Content delivery networks in Amazon Lightsail</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateDistribution", code: 200)
operation CreateDistribution {
    input: CreateDistributionRequest
    output: CreateDistributionResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        OperationFailureException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure CreateDistributionRequest {
    /// <p>The name for the distribution.</p>
    @required
    distributionName: ResourceName

    /// <p>An object that describes the origin resource for the distribution, such as a Lightsail
    ///       instance, bucket, or load balancer.</p>
    ///          <p>The distribution pulls, caches, and serves content from the origin.</p>
    @required
    origin: InputOrigin

    /// <p>An object that describes the default cache behavior for the distribution.</p>
    @required
    defaultCacheBehavior: CacheBehavior

    /// <p>An object that describes the cache behavior settings for the distribution.</p>
    cacheBehaviorSettings: CacheSettings

    /// <p>An array of objects that describe the per-path cache behavior for the distribution.</p>
    cacheBehaviors: CacheBehaviorList

    /// <p>The bundle ID to use for the distribution.</p>
    ///          <p>A distribution bundle describes the specifications of your distribution, such as the
    ///       monthly cost and monthly network transfer quota.</p>
    ///          <p>Use the <code>GetDistributionBundles</code> action to get a list of distribution bundle
    ///       IDs that you can specify.</p>
    @required
    bundleId: string

    /// <p>The IP address type for the distribution.</p>
    ///          <p>The possible values are <code>ipv4</code> for IPv4 only, and <code>dualstack</code> for
    ///       IPv4 and IPv6.</p>
    ///          <p>The default value is <code>dualstack</code>.</p>
    ipAddressType: IpAddressType

    /// <p>The tag keys and optional values to add to the distribution during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList

    /// <p>The name of the SSL/TLS certificate that you want to attach to the distribution.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCertificates.html">GetCertificates</a>
    ///       action to get a list of certificate names that you can specify.</p>
    certificateName: ResourceName

    /// <p>The minimum TLS protocol version for the SSL/TLS certificate.</p>
    viewerMinimumTlsProtocolVersion: ViewerMinimumTlsProtocolVersionEnum
}

@output
structure CreateDistributionResult {
    /// <p>An object that describes the distribution created.</p>
    distribution: LightsailDistribution

    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
