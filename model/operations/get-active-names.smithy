// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

use smithy.test#smokeTests

/// <p>Returns the names of all active (not deleted) resources.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetActiveNames", code: 200)
@smokeTests([
    {
        id: "GetActiveNamesSuccess"
        params: {}
        vendorParams: { region: "us-west-2" }
        vendorParamsShape: "aws.test#AwsVendorParams"
        expect: { success: {} }
    }
])
operation GetActiveNames {
    input: GetActiveNamesRequest
    output: GetActiveNamesResult
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
structure GetActiveNamesRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetActiveNames</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetActiveNamesResult {
    /// <p>The list of active names returned by the get active names request.</p>
    activeNames: StringList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetActiveNames</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
