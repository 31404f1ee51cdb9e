// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates two URLs that are used to access a virtual computer’s graphical user interface
///       (GUI) session. The primary URL initiates a web-based Amazon DCV session to the virtual
///       computer's application. The secondary URL initiates a web-based Amazon DCV session to the
///       virtual computer's operating session. </p>
///          <p>Use <code>StartGUISession</code> to open the session.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/create-gui-session-access-details", code: 200)
operation CreateGUISessionAccessDetails {
    input: CreateGUISessionAccessDetailsRequest
    output: CreateGUISessionAccessDetailsResult
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
structure CreateGUISessionAccessDetailsRequest {
    /// <p>The resource name.</p>
    @required
    resourceName: ResourceName
}

@output
structure CreateGUISessionAccessDetailsResult {
    /// <p>The resource name.</p>
    resourceName: ResourceName

    /// <p>The status of the operation.</p>
    status: Status

    /// <p>The percentage of completion for the operation.</p>
    percentageComplete: integer

    /// <p>The reason the operation failed.</p>
    failureReason: string

    /// <p>Returns information about the specified Amazon DCV GUI session.</p>
    sessions: Sessions
}
