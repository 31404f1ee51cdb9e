// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about all load balancers in an account.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetLoadBalancers", code: 200)
operation GetLoadBalancers {
    input: GetLoadBalancersRequest
    output: GetLoadBalancersResult
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
structure GetLoadBalancersRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetLoadBalancers</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetLoadBalancersResult {
    /// <p>An array of LoadBalancer objects describing your load balancers.</p>
    loadBalancers: LoadBalancerList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetLoadBalancers</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
