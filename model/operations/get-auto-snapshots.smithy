// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the available automatic snapshots for an instance or disk. For more information,
///       see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetAutoSnapshots", code: 200)
operation GetAutoSnapshots {
    input: GetAutoSnapshotsRequest
    output: GetAutoSnapshotsResult
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
structure GetAutoSnapshotsRequest {
    /// <p>The name of the source instance or disk from which to get automatic snapshot
    ///       information.</p>
    @required
    resourceName: ResourceName
}

@output
structure GetAutoSnapshotsResult {
    /// <p>The name of the source instance or disk for the automatic snapshots.</p>
    resourceName: ResourceName

    /// <p>The resource type of the automatic snapshot. The possible values are
    ///       <code>Instance</code>, and <code>Disk</code>.</p>
    resourceType: ResourceType

    /// <p>An array of objects that describe the automatic snapshots that are available for the
    ///       specified source instance or disk.</p>
    autoSnapshots: AutoSnapshotDetailsList
}
