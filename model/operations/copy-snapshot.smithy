// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Copies a manual snapshot of an instance or disk as another manual snapshot, or copies an
///       automatic snapshot of an instance or disk as a manual snapshot. This operation can also be
///       used to copy a manual or automatic snapshot of an instance or a disk from one Amazon Web Services Region to another in Amazon Lightsail.</p>
///          <p>When copying a <i>manual snapshot</i>, be sure to define the <code>source
///         region</code>, <code>source snapshot name</code>, and <code>target snapshot name</code>
///       parameters.</p>
///          <p>When copying an <i>automatic snapshot</i>, be sure to define the
///         <code>source region</code>, <code>source resource name</code>, <code>target snapshot
///         name</code>, and either the <code>restore date</code> or the <code>use latest restorable
///         auto snapshot</code> parameters.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CopySnapshot", code: 200)
operation CopySnapshot {
    input: CopySnapshotRequest
    output: CopySnapshotResult
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
structure CopySnapshotRequest {
    /// <p>The name of the source manual snapshot to copy.</p>
    ///          <p>Constraint:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Define this parameter only when copying a manual snapshot as another manual
    ///           snapshot.</p>
    ///             </li>
    ///          </ul>
    sourceSnapshotName: ResourceName

    /// <p>The name of the source instance or disk from which the source automatic snapshot was
    ///       created.</p>
    ///          <p>Constraint:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Define this parameter only when copying an automatic snapshot as a manual snapshot.
    ///           For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    sourceResourceName: string

    /// <p>The date of the source automatic snapshot to copy. Use the <code>get auto snapshots</code>
    ///       operation to identify the dates of the available automatic snapshots.</p>
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
    ///                <p>Define this parameter only when copying an automatic snapshot as a manual snapshot.
    ///           For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    restoreDate: string

    /// <p>A Boolean value to indicate whether to use the latest available automatic snapshot of the
    ///       specified source instance or disk.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>restore date</code>
    ///           parameter. The <code>use latest restorable auto snapshot</code> and <code>restore
    ///             date</code> parameters are mutually exclusive.</p>
    ///             </li>
    ///             <li>
    ///                <p>Define this parameter only when copying an automatic snapshot as a manual snapshot.
    ///           For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-keeping-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    useLatestRestorableAutoSnapshot: boolean

    /// <p>The name of the new manual snapshot to be created as a copy.</p>
    @required
    targetSnapshotName: ResourceName

    /// <p>The Amazon Web Services Region where the source manual or automatic snapshot is
    ///       located.</p>
    @required
    sourceRegion: RegionName
}

@output
structure CopySnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
