// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Opens ports for a specific Amazon Lightsail instance, and specifies the IP addresses
///       allowed to connect to the instance through the ports, and the protocol. This action also
///       closes all currently open ports that are not included in the request. Include all of the ports
///       and the protocols you want to open in your <code>PutInstancePublicPorts</code>request. Or use
///       the <code>OpenInstancePublicPorts</code> action to open ports without closing currently open
///       ports.</p>
///          <p>The <code>PutInstancePublicPorts</code> action supports tag-based access control via
///       resource tags applied to the resource identified by <code>instanceName</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/PutInstancePublicPorts", code: 200)
operation PutInstancePublicPorts {
    input: PutInstancePublicPortsRequest
    output: PutInstancePublicPortsResult
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
structure PutInstancePublicPortsRequest {
    /// <p>An array of objects to describe the ports to open for the specified instance.</p>
    @required
    portInfos: PortInfoList

    /// <p>The name of the instance for which to open ports.</p>
    @required
    instanceName: ResourceName
}

@output
structure PutInstancePublicPortsResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
