// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the bundles that you can apply to an Amazon Lightsail instance when you create
///       it.</p>
///          <p>A bundle describes the specifications of an instance, such as the monthly cost, amount of
///       memory, the number of vCPUs, amount of storage space, and monthly network data transfer
///       quota.</p>
///          <note>
///             <p>Bundles are referred to as <i>instance plans</i> in the Lightsail
///         console.</p>
///          </note>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetBundles", code: 200)
operation GetBundles {
    input: GetBundlesRequest
    output: GetBundlesResult
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
structure GetBundlesRequest {
    /// <p>A Boolean value that indicates whether to include inactive (unavailable) bundles in the
    ///       response of your request.</p>
    includeInactive: boolean

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetBundles</code> request. If your results
    ///       are paginated, the response will return a next page token that you can specify as the page
    ///       token in a subsequent request.</p>
    pageToken: string

    /// <p>Returns a list of bundles that are specific to Lightsail for Research.</p>
    ///          <important>
    ///             <p>You must use this parameter to view Lightsail for Research bundles.</p>
    ///          </important>
    appCategory: AppCategory
}

@output
structure GetBundlesResult {
    /// <p>An array of key-value pairs that contains information about the available bundles.</p>
    bundles: BundleList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetBundles</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
