// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Terminates a web-based Amazon DCV session that’s used to access a virtual computer’s
///       operating system or application. The session will close and any unsaved data will be
///       lost.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/stop-gui-session", code: 200)
operation StopGUISession {
    input: StopGUISessionRequest
    output: StopGUISessionResult
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
structure StopGUISessionRequest {
    /// <p>The resource name.</p>
    @required
    resourceName: ResourceName
}

@output
structure StopGUISessionResult {
    /// <p>The available API operations.</p>
    operations: OperationList
}
