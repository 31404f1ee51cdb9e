// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific block storage disk snapshot.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetDiskSnapshot", code: 200)
operation GetDiskSnapshot {
    input: GetDiskSnapshotRequest
    output: GetDiskSnapshotResult
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
structure GetDiskSnapshotRequest {
    /// <p>The name of the disk snapshot (<code>my-disk-snapshot</code>).</p>
    @required
    diskSnapshotName: ResourceName
}

@output
structure GetDiskSnapshotResult {
    /// <p>An object containing information about the disk snapshot.</p>
    diskSnapshot: DiskSnapshot
}
