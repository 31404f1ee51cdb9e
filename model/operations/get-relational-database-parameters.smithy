// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns all of the runtime parameters offered by the underlying database software, or
///       engine, for a specific database in Amazon Lightsail.</p>
///          <p>In addition to the parameter names and values, this operation returns other information
///       about each parameter. This information includes whether changes require a reboot, whether the
///       parameter is modifiable, the allowed values, and the data types.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseParameters", code: 200)
operation GetRelationalDatabaseParameters {
    input: GetRelationalDatabaseParametersRequest
    output: GetRelationalDatabaseParametersResult
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
structure GetRelationalDatabaseParametersRequest {
    /// <p>The name of your database for which to get parameters.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetRelationalDatabaseParameters</code>
    ///       request. If your results are paginated, the response will return a next page token that you
    ///       can specify as the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetRelationalDatabaseParametersResult {
    /// <p>An object describing the result of your get relational database parameters request.</p>
    parameters: RelationalDatabaseParameterList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another
    ///         <code>GetRelationalDatabaseParameters</code> request and specify the next page token using
    ///       the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
