// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific instance snapshot.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetInstanceSnapshot", code: 200)
operation GetInstanceSnapshot {
    input: GetInstanceSnapshotRequest
    output: GetInstanceSnapshotResult
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
structure GetInstanceSnapshotRequest {
    /// <p>The name of the snapshot for which you are requesting information.</p>
    @required
    instanceSnapshotName: ResourceName
}

@output
structure GetInstanceSnapshotResult {
    /// <p>An array of key-value pairs containing information about the results of your get instance
    ///       snapshot request.</p>
    instanceSnapshot: InstanceSnapshot
}
