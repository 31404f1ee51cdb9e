// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Detaches a static IP from the Amazon Lightsail instance to which it is attached.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DetachStaticIp", code: 200)
operation DetachStaticIp {
    input: DetachStaticIpRequest
    output: DetachStaticIpResult
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
structure DetachStaticIpRequest {
    /// <p>The name of the static IP to detach from the instance.</p>
    @required
    staticIpName: ResourceName
}

@output
structure DetachStaticIpResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
