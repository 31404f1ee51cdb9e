// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Exports an Amazon Lightsail instance or block storage disk snapshot to Amazon Elastic Compute Cloud (Amazon EC2).
///       This operation results in an export snapshot record that can be used with the <code>create
///         cloud formation stack</code> operation to create new Amazon EC2 instances.</p>
///          <p>Exported instance snapshots appear in Amazon EC2 as Amazon Machine Images (AMIs), and the
///       instance system disk appears as an Amazon Elastic Block Store (Amazon EBS) volume. Exported disk snapshots appear in
///       Amazon EC2 as Amazon EBS volumes. Snapshots are exported to the same Amazon Web Services Region in
///       Amazon EC2 as the source Lightsail snapshot.</p>
///          <p></p>
///          <p>The <code>export snapshot</code> operation supports tag-based access control via resource
///       tags applied to the resource identified by <code>source snapshot name</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
///          <note>
///             <p>Use the <code>get instance snapshots</code> or <code>get disk snapshots</code>
///         operations to get a list of snapshots that you can export to Amazon EC2.</p>
///          </note>
@http(method: "POST", uri: "/ls/api/2016-11-28/ExportSnapshot", code: 200)
operation ExportSnapshot {
    input: ExportSnapshotRequest
    output: ExportSnapshotResult
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
structure ExportSnapshotRequest {
    /// <p>The name of the instance or disk snapshot to be exported to Amazon EC2.</p>
    @required
    sourceSnapshotName: ResourceName
}

@output
structure ExportSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
