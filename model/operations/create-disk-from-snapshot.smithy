// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a block storage disk from a manual or automatic snapshot of a disk. The resulting
///       disk can be attached to an Amazon Lightsail instance in the same Availability Zone
///         (<code>us-east-2a</code>).</p>
///          <p>The <code>create disk from snapshot</code> operation supports tag-based access control via
///       request tags and resource tags applied to the resource identified by <code>disk snapshot
///         name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateDiskFromSnapshot", code: 200)
operation CreateDiskFromSnapshot {
    input: CreateDiskFromSnapshotRequest
    output: CreateDiskFromSnapshotResult
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
structure CreateDiskFromSnapshotRequest {
    /// <p>The unique Lightsail disk name (<code>my-disk</code>).</p>
    @required
    diskName: ResourceName

    /// <p>The name of the disk snapshot (<code>my-snapshot</code>) from which to create the new
    ///       storage disk.</p>
    ///          <p>Constraint:</p>
    ///          <ul>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>source disk name</code>
    ///           parameter. The <code>disk snapshot name</code> and <code>source disk name</code>
    ///           parameters are mutually exclusive.</p>
    ///             </li>
    ///          </ul>
    diskSnapshotName: ResourceName

    /// <p>The Availability Zone where you want to create the disk (<code>us-east-2a</code>). Choose
    ///       the same Availability Zone as the Lightsail instance where you want to create the
    ///       disk.</p>
    ///          <p>Use the GetRegions operation to list the Availability Zones where Lightsail is currently
    ///       available.</p>
    @required
    availabilityZone: NonEmptyString

    /// <p>The size of the disk in GB (<code>32</code>).</p>
    @required
    sizeInGb: integer

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList

    /// <p>An array of objects that represent the add-ons to enable for the new disk.</p>
    addOns: AddOnRequestList

    /// <p>The name of the source disk from which the source automatic snapshot was created.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>disk snapshot name</code>
    ///           parameter. The <code>source disk name</code> and <code>disk snapshot name</code>
    ///           parameters are mutually exclusive.</p>
    ///             </li>
    ///             <li>
    ///                <p>Define this parameter only when creating a new disk from an automatic snapshot. For
    ///           more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    sourceDiskName: string

    /// <p>The date of the automatic snapshot to use for the new disk. Use the <code>get auto
    ///         snapshots</code> operation to identify the dates of the available automatic
    ///       snapshots.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Must be specified in <code>YYYY-MM-DD</code> format.</p>
    ///             </li>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>use latest restorable auto
    ///             snapshot</code> parameter. The <code>restore date</code> and <code>use latest restorable
    ///             auto snapshot</code> parameters are mutually exclusive.</p>
    ///             </li>
    ///             <li>
    ///                <p>Define this parameter only when creating a new disk from an automatic snapshot. For
    ///           more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    restoreDate: string

    /// <p>A Boolean value to indicate whether to use the latest available automatic snapshot.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>restore date</code>
    ///           parameter. The <code>use latest restorable auto snapshot</code> and <code>restore
    ///             date</code> parameters are mutually exclusive.</p>
    ///             </li>
    ///             <li>
    ///                <p>Define this parameter only when creating a new disk from an automatic snapshot. For
    ///           more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    useLatestRestorableAutoSnapshot: boolean
}

@output
structure CreateDiskFromSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
