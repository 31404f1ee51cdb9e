// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Attaches a static IP address to a specific Amazon Lightsail instance.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/AttachStaticIp", code: 200)
operation AttachStaticIp {
    input: AttachStaticIpRequest
    output: AttachStaticIpResult
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
structure AttachStaticIpRequest {
    /// <p>The name of the static IP.</p>
    @required
    staticIpName: ResourceName

    /// <p>The instance name to which you want to attach the static IP address.</p>
    @required
    instanceName: ResourceName
}

@output
structure AttachStaticIpResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
