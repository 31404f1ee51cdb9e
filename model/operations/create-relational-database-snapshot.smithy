// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a snapshot of your database in Amazon Lightsail. You can use snapshots for backups,
///       to make copies of a database, and to save data before deleting a database.</p>
///          <p>The <code>create relational database snapshot</code> operation supports tag-based access
///       control via request tags. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateRelationalDatabaseSnapshot", code: 200)
operation CreateRelationalDatabaseSnapshot {
    input: CreateRelationalDatabaseSnapshotRequest
    output: CreateRelationalDatabaseSnapshotResult
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
structure CreateRelationalDatabaseSnapshotRequest {
    /// <p>The name of the database on which to base your new snapshot.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The name for your new database snapshot.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Must contain from 2 to 255 alphanumeric characters, or hyphens.</p>
    ///             </li>
    ///             <li>
    ///                <p>The first and last character must be a letter or number.</p>
    ///             </li>
    ///          </ul>
    @required
    relationalDatabaseSnapshotName: ResourceName

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateRelationalDatabaseSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
