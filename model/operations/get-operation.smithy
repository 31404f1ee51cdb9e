// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific operation. Operations include events such as when you
///       create an instance, allocate a static IP, attach a static IP, and so on.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetOperation", code: 200)
operation GetOperation {
    input: GetOperationRequest
    output: GetOperationResult
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
structure GetOperationRequest {
    /// <p>A GUID used to identify the operation.</p>
    @required
    operationId: NonEmptyString
}

@output
structure GetOperationResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
