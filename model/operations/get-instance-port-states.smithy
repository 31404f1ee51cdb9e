// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the firewall port states for a specific Amazon Lightsail instance, the IP addresses
///       allowed to connect to the instance through the ports, and the protocol.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetInstancePortStates", code: 200)
operation GetInstancePortStates {
    input: GetInstancePortStatesRequest
    output: GetInstancePortStatesResult
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
structure GetInstancePortStatesRequest {
    /// <p>The name of the instance for which to return firewall port states.</p>
    @required
    instanceName: ResourceName
}

@output
structure GetInstancePortStatesResult {
    /// <p>An array of objects that describe the firewall port states for the specified
    ///       instance.</p>
    portStates: InstancePortStateList
}
