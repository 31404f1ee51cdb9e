// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the state of a specific instance. Works on one instance at a time.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetInstanceState", code: 200)
operation GetInstanceState {
    input: GetInstanceStateRequest
    output: GetInstanceStateResult
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
structure GetInstanceStateRequest {
    /// <p>The name of the instance to get state information about.</p>
    @required
    instanceName: ResourceName
}

@output
structure GetInstanceStateResult {
    /// <p>The state of the instance.</p>
    state: InstanceState
}
