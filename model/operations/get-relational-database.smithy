// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific database in Amazon Lightsail.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabase", code: 200)
operation GetRelationalDatabase {
    input: GetRelationalDatabaseRequest
    output: GetRelationalDatabaseResult
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
structure GetRelationalDatabaseRequest {
    /// <p>The name of the database that you are looking up.</p>
    @required
    relationalDatabaseName: ResourceName
}

@output
structure GetRelationalDatabaseResult {
    /// <p>An object describing the specified database.</p>
    relationalDatabase: RelationalDatabase
}
