// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Closes ports for a specific Amazon Lightsail instance.</p>
///          <p>The <code>CloseInstancePublicPorts</code> action supports tag-based access control via
///       resource tags applied to the resource identified by <code>instanceName</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CloseInstancePublicPorts", code: 200)
operation CloseInstancePublicPorts {
    input: CloseInstancePublicPortsRequest
    output: CloseInstancePublicPortsResult
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
structure CloseInstancePublicPortsRequest {
    /// <p>An object to describe the ports to close for the specified instance.</p>
    @required
    portInfo: PortInfo

    /// <p>The name of the instance for which to close ports.</p>
    @required
    instanceName: ResourceName
}

@output
structure CloseInstancePublicPortsResult {
    /// <p>An object that describes the result of the action, such as the status of the request, the
    ///       timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
