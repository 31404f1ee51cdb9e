// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about all operations.</p>
///          <p>Results are returned from oldest to newest, up to a maximum of 200. Results can be paged
///       by making each subsequent call to <code>GetOperations</code> use the maximum (last)
///         <code>statusChangedAt</code> value from the previous request.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetOperations", code: 200)
operation GetOperations {
    input: GetOperationsRequest
    output: GetOperationsResult
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
structure GetOperationsRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetOperations</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetOperationsResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetOperations</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
