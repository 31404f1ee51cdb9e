// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns a list of available database blueprints in Amazon Lightsail. A blueprint describes
///       the major engine version of a database.</p>
///          <p>You can use a blueprint ID to create a new database that runs a specific database
///       engine.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseBlueprints", code: 200)
operation GetRelationalDatabaseBlueprints {
    input: GetRelationalDatabaseBlueprintsRequest
    output: GetRelationalDatabaseBlueprintsResult
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
structure GetRelationalDatabaseBlueprintsRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetRelationalDatabaseBlueprints</code>
    ///       request. If your results are paginated, the response will return a next page token that you
    ///       can specify as the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetRelationalDatabaseBlueprintsResult {
    /// <p>An object describing the result of your get relational database blueprints request.</p>
    blueprints: RelationalDatabaseBlueprintList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another
    ///         <code>GetRelationalDatabaseBlueprints</code> request and specify the next page token using
    ///       the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
