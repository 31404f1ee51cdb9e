// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes the specified disk snapshot.</p>
///          <p>When you make periodic snapshots of a disk, the snapshots are incremental, and only the
///       blocks on the device that have changed since your last snapshot are saved in the new snapshot.
///       When you delete a snapshot, only the data not needed for any other snapshot is removed. So
///       regardless of which prior snapshots have been deleted, all active snapshots will have access
///       to all the information needed to restore the disk.</p>
///          <p>The <code>delete disk snapshot</code> operation supports tag-based access control via
///       resource tags applied to the resource identified by <code>disk snapshot name</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteDiskSnapshot", code: 200)
operation DeleteDiskSnapshot {
    input: DeleteDiskSnapshotRequest
    output: DeleteDiskSnapshotResult
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
structure DeleteDiskSnapshotRequest {
    /// <p>The name of the disk snapshot you want to delete (<code>my-disk-snapshot</code>).</p>
    @required
    diskSnapshotName: ResourceName
}

@output
structure DeleteDiskSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
