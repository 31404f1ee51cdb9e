// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes an SSL/TLS certificate for your Amazon Lightsail content delivery network (CDN)
///       distribution.</p>
///          <p>Certificates that are currently attached to a distribution cannot be deleted. Use the
///         <code>DetachCertificateFromDistribution</code> action to detach a certificate from a
///       distribution.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteCertificate", code: 200)
operation DeleteCertificate {
    input: DeleteCertificateRequest
    output: DeleteCertificateResult
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
structure DeleteCertificateRequest {
    /// <p>The name of the certificate to delete.</p>
    ///          <p>Use the <code>GetCertificates</code> action to get a list of certificate names that you
    ///       can specify.</p>
    @required
    certificateName: CertificateName
}

@output
structure DeleteCertificateResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
