// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Stops a specific database that is currently running in Amazon Lightsail.</p>
///          <note>
///             <p>If you don't manually start your database instance after it has been stopped for seven
///         consecutive days, Amazon Lightsail automatically starts it for you. This action helps ensure
///         that your database instance doesn't fall behind on any required maintenance updates.</p>
///          </note>
///          <p>The <code>stop relational database</code> operation supports tag-based access control via
///       resource tags applied to the resource identified by relationalDatabaseName. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/StopRelationalDatabase", code: 200)
operation StopRelationalDatabase {
    input: StopRelationalDatabaseRequest
    output: StopRelationalDatabaseResult
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
structure StopRelationalDatabaseRequest {
    /// <p>The name of your database to stop.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The name of your new database snapshot to be created before stopping your database.</p>
    relationalDatabaseSnapshotName: ResourceName
}

@output
structure StopRelationalDatabaseResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
