// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Starts a specific Amazon Lightsail instance from a stopped state. To restart an instance,
///       use the <code>reboot instance</code> operation.</p>
///          <note>
///             <p>When you start a stopped instance, Lightsail assigns a new public IP address to the
///         instance. To use the same IP address after stopping and starting an instance, create a
///         static IP address and attach it to the instance. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/lightsail-create-static-ip">Amazon Lightsail Developer Guide</a>.</p>
///          </note>
///          <p>The <code>start instance</code> operation supports tag-based access control via resource
///       tags applied to the resource identified by <code>instance name</code>. For more information,
///       see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/StartInstance", code: 200)
operation StartInstance {
    input: StartInstanceRequest
    output: StartInstanceResult
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
structure StartInstanceRequest {
    /// <p>The name of the instance (a virtual private server) to start.</p>
    @required
    instanceName: ResourceName
}

@output
structure StartInstanceResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
