// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes a Lightsail load balancer and all its associated SSL/TLS certificates. Once the
///       load balancer is deleted, you will need to create a new load balancer, create a new
///       certificate, and verify domain ownership again.</p>
///          <p>The <code>delete load balancer</code> operation supports tag-based access control via
///       resource tags applied to the resource identified by <code>load balancer name</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteLoadBalancer", code: 200)
operation DeleteLoadBalancer {
    input: DeleteLoadBalancerRequest
    output: DeleteLoadBalancerResult
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
structure DeleteLoadBalancerRequest {
    /// <p>The name of the load balancer you want to delete.</p>
    @required
    loadBalancerName: ResourceName
}

@output
structure DeleteLoadBalancerResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
