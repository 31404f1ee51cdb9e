// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about an Amazon Lightsail static IP.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetStaticIp", code: 200)
operation GetStaticIp {
    input: GetStaticIpRequest
    output: GetStaticIpResult
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
structure GetStaticIpRequest {
    /// <p>The name of the static IP in Lightsail.</p>
    @required
    staticIpName: ResourceName
}

@output
structure GetStaticIpResult {
    /// <p>An array of key-value pairs containing information about the requested static IP.</p>
    staticIp: StaticIp
}
