// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a Lightsail load balancer. To learn more about deciding whether to load balance
///       your application, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/configure-lightsail-instances-for-load-balancing">Configure your Lightsail instances for load balancing</a>. You can create up to 10
///       load balancers per AWS Region in your account.</p>
///          <p>When you create a load balancer, you can specify a unique name and port settings. To
///       change additional load balancer settings, use the <code>UpdateLoadBalancerAttribute</code>
///       operation.</p>
///          <p>The <code>create load balancer</code> operation supports tag-based access control via
///       request tags. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateLoadBalancer", code: 200)
operation CreateLoadBalancer {
    input: CreateLoadBalancerRequest
    output: CreateLoadBalancerResult
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
structure CreateLoadBalancerRequest {
    /// <p>The name of your load balancer.</p>
    @required
    loadBalancerName: ResourceName

    /// <p>The instance port where you're creating your load balancer.</p>
    @required
    instancePort: Port = 0

    /// <p>The path you provided to perform the load balancer health check. If you didn't specify a
    ///       health check path, Lightsail uses the root path of your website (<code>"/"</code>).</p>
    ///          <p>You may want to specify a custom health check path other than the root of your application
    ///       if your home page loads slowly or has a lot of media or scripting on it.</p>
    healthCheckPath: string

    /// <p>The name of the SSL/TLS certificate.</p>
    ///          <p>If you specify <code>certificateName</code>, then <code>certificateDomainName</code> is
    ///       required (and vice-versa).</p>
    certificateName: ResourceName

    /// <p>The domain name with which your certificate is associated
    ///       (<code>example.com</code>).</p>
    ///          <p>If you specify <code>certificateDomainName</code>, then <code>certificateName</code> is
    ///       required (and vice-versa).</p>
    certificateDomainName: DomainName

    /// <p>The optional alternative domains and subdomains to use with your SSL/TLS certificate
    ///         (<code>www.example.com</code>, <code>example.com</code>, <code>m.example.com</code>,
    ///         <code>blog.example.com</code>).</p>
    certificateAlternativeNames: DomainNameList

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList

    /// <p>The IP address type for the load balancer.</p>
    ///          <p>The possible values are <code>ipv4</code> for IPv4 only, <code>ipv6</code> for IPv6 only,
    ///       and <code>dualstack</code> for IPv4 and IPv6.</p>
    ///          <p>The default value is <code>dualstack</code>.</p>
    ipAddressType: IpAddressType

    /// <p>The name of the TLS policy to apply to the load balancer.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetLoadBalancerTlsPolicies.html">GetLoadBalancerTlsPolicies</a> action to get a list of TLS policy names that you can
    ///       specify.</p>
    ///          <p>For more information about load balancer TLS policies, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configure-load-balancer-tls-security-policy">Configuring TLS security policies on your Amazon Lightsail load
    ///         balancers</a> in the <i>Amazon Lightsail Developer Guide</i>.</p>
    tlsPolicyName: string
}

@output
structure CreateLoadBalancerResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
