// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific database snapshot in Amazon Lightsail.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseSnapshot", code: 200)
operation GetRelationalDatabaseSnapshot {
    input: GetRelationalDatabaseSnapshotRequest
    output: GetRelationalDatabaseSnapshotResult
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
structure GetRelationalDatabaseSnapshotRequest {
    /// <p>The name of the database snapshot for which to get information.</p>
    @required
    relationalDatabaseSnapshotName: ResourceName
}

@output
structure GetRelationalDatabaseSnapshotResult {
    /// <p>An object describing the specified database snapshot.</p>
    relationalDatabaseSnapshot: RelationalDatabaseSnapshot
}
