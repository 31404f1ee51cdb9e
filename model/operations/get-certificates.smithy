// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about one or more Amazon Lightsail SSL/TLS certificates.</p>
///          <note>
///             <p>To get a summary of a certificate, omit <code>includeCertificateDetails</code> from your
///         request. The response will include only the certificate Amazon Resource Name (ARN),
///         certificate name, domain name, and tags.</p>
///          </note>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetCertificates", code: 200)
operation GetCertificates {
    input: GetCertificatesRequest
    output: GetCertificatesResult
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
structure GetCertificatesRequest {
    /// <p>The status of the certificates for which to return information.</p>
    ///          <p>For example, specify <code>ISSUED</code> to return only certificates with an
    ///         <code>ISSUED</code> status.</p>
    ///          <p>When omitted, the response includes all of your certificates in the Amazon Web Services
    ///       Region where the request is made, regardless of their current status.</p>
    certificateStatuses: CertificateStatusList

    /// <p>Indicates whether to include detailed information about the certificates in the
    ///       response.</p>
    ///          <p>When omitted, the response includes only the certificate names, Amazon Resource Names
    ///       (ARNs), domain names, and tags.</p>
    includeCertificateDetails: IncludeCertificateDetails = false

    /// <p>The name for the certificate for which to return information.</p>
    ///          <p>When omitted, the response includes all of your certificates in the Amazon Web Services
    ///       Region where the request is made.</p>
    certificateName: CertificateName

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetCertificates</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetCertificatesResult {
    /// <p>An object that describes certificates.</p>
    certificates: CertificateSummaryList

    /// <p>If <code>NextPageToken</code> is returned there are more results available. The value of
    ///         <code>NextPageToken</code> is a unique pagination token for each page. Make the call again
    ///       using the returned token to retrieve the next page. Keep all other arguments unchanged.</p>
    nextPageToken: string
}
