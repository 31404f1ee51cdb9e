// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns a list of TLS security policies that you can apply to Lightsail load
///       balancers.</p>
///          <p>For more information about load balancer TLS security policies, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configure-load-balancer-tls-security-policy">Configuring TLS security policies on your Amazon Lightsail load
///         balancers</a> in the <i>Amazon Lightsail Developer Guide</i>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetLoadBalancerTlsPolicies", code: 200)
operation GetLoadBalancerTlsPolicies {
    input: GetLoadBalancerTlsPoliciesRequest
    output: GetLoadBalancerTlsPoliciesResult
    errors: [
        AccessDeniedException
        AccountSetupInProgressException
        InvalidInputException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetLoadBalancerTlsPoliciesRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetLoadBalancerTlsPolicies</code> request.
    ///       If your results are paginated, the response will return a next page token that you can specify
    ///       as the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetLoadBalancerTlsPoliciesResult {
    /// <p>An array of objects that describe the TLS security policies that are available.</p>
    tlsPolicies: LoadBalancerTlsPolicyList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetLoadBalancerTlsPolicies</code>
    ///       request and specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
