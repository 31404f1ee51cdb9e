// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the list of powers that can be specified for your Amazon Lightsail container
///       services.</p>
///          <p>The power specifies the amount of memory, the number of vCPUs, and the base price of the
///       container service.</p>
@http(method: "GET", uri: "/ls/api/2016-11-28/container-service-powers", code: 200)
operation GetContainerServicePowers {
    input: GetContainerServicePowersRequest
    output: GetContainerServicePowersResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetContainerServicePowersRequest {}

@output
structure GetContainerServicePowersResult {
    /// <p>An array of objects that describe the powers that can be specified for a container
    ///       service.</p>
    powers: ContainerServicePowerList
}
