// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Starts a specific database from a stopped state in Amazon Lightsail. To restart a database,
///       use the <code>reboot relational database</code> operation.</p>
///          <p>The <code>start relational database</code> operation supports tag-based access control via
///       resource tags applied to the resource identified by relationalDatabaseName. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/StartRelationalDatabase", code: 200)
operation StartRelationalDatabase {
    input: StartRelationalDatabaseRequest
    output: StartRelationalDatabaseResult
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
structure StartRelationalDatabaseRequest {
    /// <p>The name of your database to start.</p>
    @required
    relationalDatabaseName: ResourceName
}

@output
structure StartRelationalDatabaseResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
