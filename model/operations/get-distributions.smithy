// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about one or more of your Amazon Lightsail content delivery network
///       (CDN) distributions.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetDistributions", code: 200)
operation GetDistributions {
    input: GetDistributionsRequest
    output: GetDistributionsResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        OperationFailureException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetDistributionsRequest {
    /// <p>The name of the distribution for which to return information.</p>
    ///          <p>When omitted, the response includes all of your distributions in the Amazon Web Services
    ///       Region where the request is made.</p>
    distributionName: ResourceName

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetDistributions</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetDistributionsResult {
    /// <p>An array of objects that describe your distributions.</p>
    distributions: DistributionList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetDistributions</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
