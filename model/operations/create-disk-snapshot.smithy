// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a snapshot of a block storage disk. You can use snapshots for backups, to make
///       copies of disks, and to save data before shutting down a Lightsail instance.</p>
///          <p>You can take a snapshot of an attached disk that is in use; however, snapshots only
///       capture data that has been written to your disk at the time the snapshot command is issued.
///       This may exclude any data that has been cached by any applications or the operating system. If
///       you can pause any file systems on the disk long enough to take a snapshot, your snapshot
///       should be complete. Nevertheless, if you cannot pause all file writes to the disk, you should
///       unmount the disk from within the Lightsail instance, issue the create disk snapshot command,
///       and then remount the disk to ensure a consistent and complete snapshot. You may remount and
///       use your disk while the snapshot status is pending.</p>
///          <p>You can also use this operation to create a snapshot of an instance's system volume. You
///       might want to do this, for example, to recover data from the system volume of a botched
///       instance or to create a backup of the system volume like you would for a block storage disk.
///       To create a snapshot of a system volume, just define the <code>instance name</code> parameter
///       when issuing the snapshot command, and a snapshot of the defined instance's system volume will
///       be created. After the snapshot is available, you can create a block storage disk from the
///       snapshot and attach it to a running instance to access the data on the disk.</p>
///          <p>The <code>create disk snapshot</code> operation supports tag-based access control via
///       request tags. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateDiskSnapshot", code: 200)
operation CreateDiskSnapshot {
    input: CreateDiskSnapshotRequest
    output: CreateDiskSnapshotResult
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
structure CreateDiskSnapshotRequest {
    /// <p>The unique name of the source disk (<code>Disk-Virginia-1</code>).</p>
    ///          <note>
    ///             <p>This parameter cannot be defined together with the <code>instance name</code> parameter.
    ///         The <code>disk name</code> and <code>instance name</code> parameters are mutually
    ///         exclusive.</p>
    ///          </note>
    diskName: ResourceName

    /// <p>The name of the destination disk snapshot (<code>my-disk-snapshot</code>) based on the
    ///       source disk.</p>
    @required
    diskSnapshotName: ResourceName

    /// <p>The unique name of the source instance (<code>Amazon_Linux-512MB-Virginia-1</code>). When
    ///       this is defined, a snapshot of the instance's system volume is created.</p>
    ///          <note>
    ///             <p>This parameter cannot be defined together with the <code>disk name</code> parameter. The
    ///           <code>instance name</code> and <code>disk name</code> parameters are mutually
    ///         exclusive.</p>
    ///          </note>
    instanceName: ResourceName

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateDiskSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
