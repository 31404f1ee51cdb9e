// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Detaches the specified instances from a Lightsail load balancer.</p>
///          <p>This operation waits until the instances are no longer needed before they are detached
///       from the load balancer.</p>
///          <p>The <code>detach instances from load balancer</code> operation supports tag-based access
///       control via resource tags applied to the resource identified by <code>load balancer
///         name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DetachInstancesFromLoadBalancer", code: 200)
operation DetachInstancesFromLoadBalancer {
    input: DetachInstancesFromLoadBalancerRequest
    output: DetachInstancesFromLoadBalancerResult
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
structure DetachInstancesFromLoadBalancerRequest {
    /// <p>The name of the Lightsail load balancer.</p>
    @required
    loadBalancerName: ResourceName

    /// <p>An array of strings containing the names of the instances you want to detach from the load
    ///       balancer.</p>
    @required
    instanceNames: ResourceNameList
}

@output
structure DetachInstancesFromLoadBalancerResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
