// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns detailed information for five of the most recent <code>SetupInstanceHttps</code>
///       requests that were ran on the target instance.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/get-setup-history", code: 200)
operation GetSetupHistory {
    input: GetSetupHistoryRequest
    output: GetSetupHistoryResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetSetupHistoryRequest {
    /// <p>The name of the resource for which you are requesting information.</p>
    @required
    resourceName: ResourceName

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetSetupHistory</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    pageToken: SetupHistoryPageToken
}

@output
structure GetSetupHistoryResult {
    /// <p>The historical information that's returned.</p>
    setupHistory: setupHistoryList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetSetupHistory</code> request and
    ///       specify the next page token using the pageToken parameter.</p>
    nextPageToken: SetupHistoryPageToken
}
