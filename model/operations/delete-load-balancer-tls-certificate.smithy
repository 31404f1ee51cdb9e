// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes an SSL/TLS certificate associated with a Lightsail load balancer.</p>
///          <p>The <code>DeleteLoadBalancerTlsCertificate</code> operation supports tag-based access
///       control via resource tags applied to the resource identified by <code>load balancer
///         name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteLoadBalancerTlsCertificate", code: 200)
operation DeleteLoadBalancerTlsCertificate {
    input: DeleteLoadBalancerTlsCertificateRequest
    output: DeleteLoadBalancerTlsCertificateResult
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
structure DeleteLoadBalancerTlsCertificateRequest {
    /// <p>The load balancer name.</p>
    @required
    loadBalancerName: ResourceName

    /// <p>The SSL/TLS certificate name.</p>
    @required
    certificateName: ResourceName

    /// <p>When <code>true</code>, forces the deletion of an SSL/TLS certificate.</p>
    ///          <p>There can be two certificates associated with a Lightsail load balancer: the primary and
    ///       the backup. The <code>force</code> parameter is required when the primary SSL/TLS certificate
    ///       is in use by an instance attached to the load balancer.</p>
    force: boolean
}

@output
structure DeleteLoadBalancerTlsCertificateResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
