// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates an SSL/TLS certificate for an Amazon Lightsail content delivery network (CDN)
///       distribution and a container service.</p>
///          <p>After the certificate is valid, use the <code>AttachCertificateToDistribution</code>
///       action to use the certificate and its domains with your distribution. Or use the
///         <code>UpdateContainerService</code> action to use the certificate and its domains with your
///       container service.</p>
///          <important>
///             <p>Only certificates created in the <code>us-east-1</code>
///         Amazon Web Services Region can be attached to Lightsail distributions. Lightsail
///         distributions are global resources that can reference an origin in any Amazon Web Services
///         Region, and distribute its content globally. However, all distributions are located in the
///           <code>us-east-1</code> Region.</p>
///          </important>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateCertificate", code: 200)
operation CreateCertificate {
    input: CreateCertificateRequest
    output: CreateCertificateResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure CreateCertificateRequest {
    /// <p>The name for the certificate.</p>
    @required
    certificateName: CertificateName

    /// <p>The domain name (<code>example.com</code>) for the certificate.</p>
    @required
    domainName: DomainName

    /// <p>An array of strings that specify the alternate domains (<code>example2.com</code>) and
    ///       subdomains (<code>blog.example.com</code>) for the certificate.</p>
    ///          <p>You can specify a maximum of nine alternate domains (in addition to the primary domain
    ///       name).</p>
    ///          <p>Wildcard domain entries (<code>*.example.com</code>) are not supported.</p>
    subjectAlternativeNames: SubjectAlternativeNameList

    /// <p>The tag keys and optional values to add to the certificate during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateCertificateResult {
    /// <p>An object that describes the certificate created.</p>
    certificate: CertificateSummary

    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
