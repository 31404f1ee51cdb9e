// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Updates the specified attribute for a load balancer. You can only update one attribute at
///       a time.</p>
///          <p>The <code>update load balancer attribute</code> operation supports tag-based access
///       control via resource tags applied to the resource identified by <code>load balancer
///         name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UpdateLoadBalancerAttribute", code: 200)
operation UpdateLoadBalancerAttribute {
    input: UpdateLoadBalancerAttributeRequest
    output: UpdateLoadBalancerAttributeResult
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
structure UpdateLoadBalancerAttributeRequest {
    /// <p>The name of the load balancer that you want to modify
    ///       (<code>my-load-balancer</code>.</p>
    @required
    loadBalancerName: ResourceName

    /// <p>The name of the attribute you want to update.</p>
    @required
    attributeName: LoadBalancerAttributeName

    /// <p>The value that you want to specify for the attribute name.</p>
    ///          <p>The following values are supported depending on what you specify for the
    ///         <code>attributeName</code> request parameter:</p>
    ///          <ul>
    ///             <li>
    ///                <p>If you specify <code>HealthCheckPath</code> for the <code>attributeName</code> request
    ///           parameter, then the <code>attributeValue</code> request parameter must be the path to ping
    ///           on the target (for example, <code>/weather/us/wa/seattle</code>).</p>
    ///             </li>
    ///             <li>
    ///                <p>If you specify <code>SessionStickinessEnabled</code> for the
    ///             <code>attributeName</code> request parameter, then the <code>attributeValue</code>
    ///           request parameter must be <code>true</code> to activate session stickiness or
    ///             <code>false</code> to deactivate session stickiness.</p>
    ///             </li>
    ///             <li>
    ///                <p>If you specify <code>SessionStickiness_LB_CookieDurationSeconds</code> for the
    ///             <code>attributeName</code> request parameter, then the <code>attributeValue</code>
    ///           request parameter must be an interger that represents the cookie duration in
    ///           seconds.</p>
    ///             </li>
    ///             <li>
    ///                <p>If you specify <code>HttpsRedirectionEnabled</code> for the <code>attributeName</code>
    ///           request parameter, then the <code>attributeValue</code> request parameter must be
    ///             <code>true</code> to activate HTTP to HTTPS redirection or <code>false</code> to
    ///           deactivate HTTP to HTTPS redirection.</p>
    ///             </li>
    ///             <li>
    ///                <p>If you specify <code>TlsPolicyName</code> for the <code>attributeName</code> request
    ///           parameter, then the <code>attributeValue</code> request parameter must be the name of the
    ///           TLS policy.</p>
    ///                <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsPolicies.html">GetLoadBalancerTlsPolicies</a> action to get a list of TLS policy names that you
    ///           can specify.</p>
    ///             </li>
    ///          </ul>
    @required
    attributeValue: StringMax256
}

@output
structure UpdateLoadBalancerAttributeResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
