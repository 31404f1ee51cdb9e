// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about the specified Lightsail load balancer.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetLoadBalancer", code: 200)
operation GetLoadBalancer {
    input: GetLoadBalancerRequest
    output: GetLoadBalancerResult
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
structure GetLoadBalancerRequest {
    /// <p>The name of the load balancer.</p>
    @required
    loadBalancerName: ResourceName
}

@output
structure GetLoadBalancerResult {
    /// <p>An object containing information about your load balancer.</p>
    loadBalancer: LoadBalancer
}
