// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates an SSL/TLS certificate for an Amazon Lightsail load balancer.</p>
///          <p>TLS is just an updated, more secure version of Secure Socket Layer (SSL).</p>
///          <p>The <code>CreateLoadBalancerTlsCertificate</code> operation supports tag-based access
///       control via resource tags applied to the resource identified by <code>load balancer
///         name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateLoadBalancerTlsCertificate", code: 200)
operation CreateLoadBalancerTlsCertificate {
    input: CreateLoadBalancerTlsCertificateRequest
    output: CreateLoadBalancerTlsCertificateResult
    errors: [
        AccessDeniedException
        AccountSetupInProgressException
        InvalidInputException
        NotFoundException
        OperationFailureException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure CreateLoadBalancerTlsCertificateRequest {
    /// <p>The load balancer name where you want to create the SSL/TLS certificate.</p>
    @required
    loadBalancerName: ResourceName

    /// <p>The SSL/TLS certificate name.</p>
    ///          <p>You can have up to 10 certificates in your account at one time. Each Lightsail load
    ///       balancer can have up to 2 certificates associated with it at one time. There is also an
    ///       overall limit to the number of certificates that can be issue in a 365-day period. For more
    ///       information, see <a href="http://docs.aws.amazon.com/acm/latest/userguide/acm-limits.html">Limits</a>.</p>
    @required
    certificateName: ResourceName

    /// <p>The domain name (<code>example.com</code>) for your SSL/TLS certificate.</p>
    @required
    certificateDomainName: DomainName

    /// <p>An array of strings listing alternative domains and subdomains for your SSL/TLS
    ///       certificate. Lightsail will de-dupe the names for you. You can have a maximum of 9
    ///       alternative names (in addition to the 1 primary domain). We do not support wildcards
    ///         (<code>*.example.com</code>).</p>
    certificateAlternativeNames: DomainNameList

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateLoadBalancerTlsCertificateResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
