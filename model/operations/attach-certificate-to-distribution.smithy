// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Attaches an SSL/TLS certificate to your Amazon Lightsail content delivery network (CDN)
///       distribution.</p>
///          <p>After the certificate is attached, your distribution accepts HTTPS traffic for all of the
///       domains that are associated with the certificate.</p>
///          <p>Use the <code>CreateCertificate</code> action to create a certificate that you can attach
///       to your distribution.</p>
///          <important>
///             <p>Only certificates created in the <code>us-east-1</code>
///         Amazon Web Services Region can be attached to Lightsail distributions. Lightsail
///         distributions are global resources that can reference an origin in any Amazon Web Services
///         Region, and distribute its content globally. However, all distributions are located in the
///           <code>us-east-1</code> Region.</p>
///          </important>
@http(method: "POST", uri: "/ls/api/2016-11-28/AttachCertificateToDistribution", code: 200)
operation AttachCertificateToDistribution {
    input: AttachCertificateToDistributionRequest
    output: AttachCertificateToDistributionResult
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
structure AttachCertificateToDistributionRequest {
    /// <p>The name of the distribution that the certificate will be attached to.</p>
    ///          <p>Use the <code>GetDistributions</code> action to get a list of distribution names that you
    ///       can specify.</p>
    @required
    distributionName: ResourceName

    /// <p>The name of the certificate to attach to a distribution.</p>
    ///          <p>Only certificates with a status of <code>ISSUED</code> can be attached to a
    ///       distribution.</p>
    ///          <p>Use the <code>GetCertificates</code> action to get a list of certificate names that you
    ///       can specify.</p>
    ///          <note>
    ///             <p>This is the name of the certificate resource type and is used only to reference the
    ///         certificate in other API actions. It can be different than the domain name of the
    ///         certificate. For example, your certificate name might be
    ///           <code>WordPress-Blog-Certificate</code> and the domain name of the certificate might be
    ///           <code>example.com</code>.</p>
    ///          </note>
    @required
    certificateName: ResourceName
}

@output
structure AttachCertificateToDistributionResult {
    /// <p>An object that describes the result of the action, such as the status of the request, the
    ///       timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
