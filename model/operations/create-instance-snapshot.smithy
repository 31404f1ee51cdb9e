// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a snapshot of a specific virtual private server, or <i>instance</i>.
///       You can use a snapshot to create a new instance that is based on that snapshot.</p>
///          <p>The <code>create instance snapshot</code> operation supports tag-based access control via
///       request tags. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateInstanceSnapshot", code: 200)
operation CreateInstanceSnapshot {
    input: CreateInstanceSnapshotRequest
    output: CreateInstanceSnapshotResult
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
structure CreateInstanceSnapshotRequest {
    /// <p>The name for your new snapshot.</p>
    @required
    instanceSnapshotName: ResourceName

    /// <p>The Lightsail instance on which to base your snapshot.</p>
    @required
    instanceName: ResourceName

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateInstanceSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
