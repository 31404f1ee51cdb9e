// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific Amazon Lightsail instance, which is a virtual private
///       server.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetInstance", code: 200)
operation GetInstance {
    input: GetInstanceRequest
    output: GetInstanceResult
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
structure GetInstanceRequest {
    /// <p>The name of the instance.</p>
    @required
    instanceName: ResourceName
}

@output
structure GetInstanceResult {
    /// <p>An array of key-value pairs containing information about the specified instance.</p>
    instance: Instance
}
