// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns a list of available log streams for a specific database in Amazon Lightsail.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseLogStreams", code: 200)
operation GetRelationalDatabaseLogStreams {
    input: GetRelationalDatabaseLogStreamsRequest
    output: GetRelationalDatabaseLogStreamsResult
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
structure GetRelationalDatabaseLogStreamsRequest {
    /// <p>The name of your database for which to get log streams.</p>
    @required
    relationalDatabaseName: ResourceName
}

@output
structure GetRelationalDatabaseLogStreamsResult {
    /// <p>An object describing the result of your get relational database log streams
    ///       request.</p>
    logStreams: StringList
}
