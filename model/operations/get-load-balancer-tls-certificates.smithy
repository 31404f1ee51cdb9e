// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about the TLS certificates that are associated with the specified
///       Lightsail load balancer.</p>
///          <p>TLS is just an updated, more secure version of Secure Socket Layer (SSL).</p>
///          <p>You can have a maximum of 2 certificates associated with a Lightsail load balancer. One
///       is active and the other is inactive.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetLoadBalancerTlsCertificates", code: 200)
operation GetLoadBalancerTlsCertificates {
    input: GetLoadBalancerTlsCertificatesRequest
    output: GetLoadBalancerTlsCertificatesResult
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
structure GetLoadBalancerTlsCertificatesRequest {
    /// <p>The name of the load balancer you associated with your SSL/TLS certificate.</p>
    @required
    loadBalancerName: ResourceName
}

@output
structure GetLoadBalancerTlsCertificatesResult {
    /// <p>An array of LoadBalancerTlsCertificate objects describing your SSL/TLS
    ///       certificates.</p>
    tlsCertificates: LoadBalancerTlsCertificateList
}
