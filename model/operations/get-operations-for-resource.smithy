// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Gets operations for a specific resource (an instance or a static IP).</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetOperationsForResource", code: 200)
operation GetOperationsForResource {
    input: GetOperationsForResourceRequest
    output: GetOperationsForResourceResult
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
structure GetOperationsForResourceRequest {
    /// <p>The name of the resource for which you are requesting information.</p>
    @required
    resourceName: ResourceName

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetOperationsForResource</code> request. If
    ///       your results are paginated, the response will return a next page token that you can specify as
    ///       the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetOperationsForResourceResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList

    /// <p>(Discontinued) Returns the number of pages of results that remain.</p>
    ///          <note>
    ///             <p>In releases prior to June 12, 2017, this parameter returned <code>null</code> by the
    ///         API. It is now discontinued, and the API returns the <code>next page token</code> parameter
    ///         instead.</p>
    ///          </note>
    @deprecated
    nextPageCount: string

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetOperationsForResource</code>
    ///       request and specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
