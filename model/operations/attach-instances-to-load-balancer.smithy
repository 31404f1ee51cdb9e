// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Attaches one or more Lightsail instances to a load balancer.</p>
///          <p>After some time, the instances are attached to the load balancer and the health check
///       status is available.</p>
///          <p>The <code>attach instances to load balancer</code> operation supports tag-based access
///       control via resource tags applied to the resource identified by <code>load balancer
///         name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/AttachInstancesToLoadBalancer", code: 200)
operation AttachInstancesToLoadBalancer {
    input: AttachInstancesToLoadBalancerRequest
    output: AttachInstancesToLoadBalancerResult
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
structure AttachInstancesToLoadBalancerRequest {
    /// <p>The name of the load balancer.</p>
    @required
    loadBalancerName: ResourceName

    /// <p>An array of strings representing the instance name(s) you want to attach to your load
    ///       balancer.</p>
    ///          <p>An instance must be <code>running</code> before you can attach it to your load
    ///       balancer.</p>
    ///          <p>There are no additional limits on the number of instances you can attach to your load
    ///       balancer, aside from the limit of Lightsail instances you can create in your account
    ///       (20).</p>
    @required
    instanceNames: ResourceNameList
}

@output
structure AttachInstancesToLoadBalancerResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
