// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes a specific snapshot of a virtual private server (or
///       <i>instance</i>).</p>
///          <p>The <code>delete instance snapshot</code> operation supports tag-based access control via
///       resource tags applied to the resource identified by <code>instance snapshot name</code>. For
///       more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteInstanceSnapshot", code: 200)
operation DeleteInstanceSnapshot {
    input: DeleteInstanceSnapshotRequest
    output: DeleteInstanceSnapshotResult
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
structure DeleteInstanceSnapshotRequest {
    /// <p>The name of the snapshot to delete.</p>
    @required
    instanceSnapshotName: ResourceName
}

@output
structure DeleteInstanceSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
