// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Initiates a graphical user interface (GUI) session that’s used to access a virtual
///       computer’s operating system and application. The session will be active for 1 hour. Use this
///       action to resume the session after it expires. </p>
@http(method: "POST", uri: "/ls/api/2016-11-28/start-gui-session", code: 200)
operation StartGUISession {
    input: StartGUISessionRequest
    output: StartGUISessionResult
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
structure StartGUISessionRequest {
    /// <p>The resource name.</p>
    @required
    resourceName: ResourceName
}

@output
structure StartGUISessionResult {
    /// <p>The available API operations.</p>
    operations: OperationList
}
