// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the list of bundles that are available in Amazon Lightsail. A bundle describes the
///       performance specifications for a database.</p>
///          <p>You can use a bundle ID to create a new database with explicit performance
///       specifications.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseBundles", code: 200)
operation GetRelationalDatabaseBundles {
    input: GetRelationalDatabaseBundlesRequest
    output: GetRelationalDatabaseBundlesResult
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
structure GetRelationalDatabaseBundlesRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetRelationalDatabaseBundles</code> request.
    ///       If your results are paginated, the response will return a next page token that you can specify
    ///       as the page token in a subsequent request.</p>
    pageToken: string

    /// <p>A Boolean value that indicates whether to include inactive (unavailable) bundles in the
    ///       response of your request.</p>
    includeInactive: boolean
}

@output
structure GetRelationalDatabaseBundlesResult {
    /// <p>An object describing the result of your get relational database bundles request.</p>
    bundles: RelationalDatabaseBundleList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetRelationalDatabaseBundles</code>
    ///       request and specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
