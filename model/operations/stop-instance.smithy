// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Stops a specific Amazon Lightsail instance that is currently running.</p>
///          <note>
///             <p>When you start a stopped instance, Lightsail assigns a new public IP address to the
///         instance. To use the same IP address after stopping and starting an instance, create a
///         static IP address and attach it to the instance. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-create-static-ip">Amazon Lightsail Developer Guide</a>.</p>
///          </note>
///          <p>The <code>stop instance</code> operation supports tag-based access control via resource
///       tags applied to the resource identified by <code>instance name</code>. For more information,
///       see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/StopInstance", code: 200)
operation StopInstance {
    input: StopInstanceRequest
    output: StopInstanceResult
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
structure StopInstanceRequest {
    /// <p>The name of the instance (a virtual private server) to stop.</p>
    @required
    instanceName: ResourceName

    /// <p>When set to <code>True</code>, forces a Lightsail instance that is stuck in a
    ///         <code>stopping</code> state to stop.</p>
    ///          <important>
    ///             <p>Only use the <code>force</code> parameter if your instance is stuck in the
    ///           <code>stopping</code> state. In any other state, your instance should stop normally
    ///         without adding this parameter to your API request.</p>
    ///          </important>
    force: boolean
}

@output
structure StopInstanceResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
