// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Unpeers the Lightsail VPC from the user's default VPC.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UnpeerVpc", code: 200)
operation UnpeerVpc {
    input: UnpeerVpcRequest
    output: UnpeerVpcResult
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
structure UnpeerVpcRequest {}

@output
structure UnpeerVpcResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
