// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Allocates a static IP address.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/AllocateStaticIp", code: 200)
operation AllocateStaticIp {
    input: AllocateStaticIpRequest
    output: AllocateStaticIpResult
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
structure AllocateStaticIpRequest {
    /// <p>The name of the static IP address.</p>
    @required
    staticIpName: ResourceName
}

@output
structure AllocateStaticIpResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
