// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Updates an existing Amazon Lightsail content delivery network (CDN) distribution.</p>
///          <p>Use this action to update the configuration of your existing distribution.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UpdateDistribution", code: 200)
operation UpdateDistribution {
    input: UpdateDistributionRequest
    output: UpdateDistributionResult
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
structure UpdateDistributionRequest {
    /// <p>The name of the distribution to update.</p>
    ///          <p>Use the <code>GetDistributions</code> action to get a list of distribution names that you
    ///       can specify.</p>
    @required
    distributionName: ResourceName

    /// <p>An object that describes the origin resource for the distribution, such as a Lightsail
    ///       instance, bucket, or load balancer.</p>
    ///          <p>The distribution pulls, caches, and serves content from the origin.</p>
    origin: InputOrigin

    /// <p>An object that describes the default cache behavior for the distribution.</p>
    defaultCacheBehavior: CacheBehavior

    /// <p>An object that describes the cache behavior settings for the distribution.</p>
    ///          <note>
    ///             <p>The <code>cacheBehaviorSettings</code> specified in your
    ///           <code>UpdateDistributionRequest</code> will replace your distribution's existing
    ///         settings.</p>
    ///          </note>
    cacheBehaviorSettings: CacheSettings

    /// <p>An array of objects that describe the per-path cache behavior for the distribution.</p>
    cacheBehaviors: CacheBehaviorList

    /// <p>Indicates whether to enable the distribution.</p>
    isEnabled: boolean

    /// <p>Use this parameter to update the minimum TLS protocol version for the SSL/TLS certificate
    ///       that's attached to the distribution.</p>
    viewerMinimumTlsProtocolVersion: ViewerMinimumTlsProtocolVersionEnum

    /// <p>The name of the SSL/TLS certificate that you want to attach to the distribution.</p>
    ///          <p>Only certificates with a status of <code>ISSUED</code> can be attached to a
    ///       distribution.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetCertificates.html">GetCertificates</a>
    ///       action to get a list of certificate names that you can specify.</p>
    certificateName: ResourceName

    /// <p>Indicates whether the default SSL/TLS certificate is attached to the distribution. The
    ///       default value is <code>true</code>. When <code>true</code>, the distribution uses the default
    ///       domain name such as <code>d111111abcdef8.cloudfront.net</code>.</p>
    ///          <p> Set this value to <code>false</code> to attach a new certificate to the
    ///       distribution.</p>
    useDefaultCertificate: boolean
}

@output
structure UpdateDistributionResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
