// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Restarts a specific instance.</p>
///          <p>The <code>reboot instance</code> operation supports tag-based access control via resource
///       tags applied to the resource identified by <code>instance name</code>. For more information,
///       see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/RebootInstance", code: 200)
operation RebootInstance {
    input: RebootInstanceRequest
    output: RebootInstanceResult
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
structure RebootInstanceRequest {
    /// <p>The name of the instance to reboot.</p>
    @required
    instanceName: ResourceName
}

@output
structure RebootInstanceResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
