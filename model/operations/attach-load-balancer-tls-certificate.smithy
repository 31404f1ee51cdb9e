// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Attaches a Transport Layer Security (TLS) certificate to your load balancer. TLS is just
///       an updated, more secure version of Secure Socket Layer (SSL).</p>
///          <p>Once you create and validate your certificate, you can attach it to your load balancer.
///       You can also use this API to rotate the certificates on your account. Use the
///         <code>AttachLoadBalancerTlsCertificate</code> action with the non-attached certificate, and
///       it will replace the existing one and become the attached certificate.</p>
///          <p>The <code>AttachLoadBalancerTlsCertificate</code> operation supports tag-based access
///       control via resource tags applied to the resource identified by <code>load balancer
///         name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/AttachLoadBalancerTlsCertificate", code: 200)
operation AttachLoadBalancerTlsCertificate {
    input: AttachLoadBalancerTlsCertificateRequest
    output: AttachLoadBalancerTlsCertificateResult
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
structure AttachLoadBalancerTlsCertificateRequest {
    /// <p>The name of the load balancer to which you want to associate the SSL/TLS
    ///       certificate.</p>
    @required
    loadBalancerName: ResourceName

    /// <p>The name of your SSL/TLS certificate.</p>
    @required
    certificateName: ResourceName
}

@output
structure AttachLoadBalancerTlsCertificateResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    ///          <p>These SSL/TLS certificates are only usable by Lightsail load balancers. You can't get
    ///       the certificate and use it for another purpose.</p>
    operations: OperationList
}
