// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes an automatic snapshot of an instance or disk. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteAutoSnapshot", code: 200)
operation DeleteAutoSnapshot {
    input: DeleteAutoSnapshotRequest
    output: DeleteAutoSnapshotResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        OperationFailureException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure DeleteAutoSnapshotRequest {
    /// <p>The name of the source instance or disk from which to delete the automatic
    ///       snapshot.</p>
    @required
    resourceName: ResourceName

    /// <p>The date of the automatic snapshot to delete in <code>YYYY-MM-DD</code> format. Use the
    ///         <code>get auto snapshots</code> operation to get the available automatic snapshots for a
    ///       resource.</p>
    @required
    date: AutoSnapshotDate
}

@output
structure DeleteAutoSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
