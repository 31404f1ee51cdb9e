// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates an SSL/TLS certificate that secures traffic for your website. After the
///       certificate is created, it is installed on the specified Lightsail instance.</p>
///          <p>If you provide more than one domain name in the request, at least one name must be less
///       than or equal to 63 characters in length.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/setup-instance-https", code: 200)
operation SetupInstanceHttps {
    input: SetupInstanceHttpsRequest
    output: SetupInstanceHttpsResult
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
structure SetupInstanceHttpsRequest {
    /// <p>The name of the Lightsail instance.</p>
    @required
    instanceName: ResourceName

    /// <p>The contact method for SSL/TLS certificate renewal alerts. You can enter one email
    ///       address. </p>
    @required
    emailAddress: EmailAddress

    /// <p>The name of the domain and subdomains that were specified for the SSL/TLS
    ///       certificate.</p>
    @required
    domainNames: SetupDomainNameList

    /// <p>The certificate authority that issues the SSL/TLS certificate.</p>
    @required
    certificateProvider: CertificateProvider
}

@output
structure SetupInstanceHttpsResult {
    /// <p>The available API operations for <code>SetupInstanceHttps</code>.</p>
    operations: OperationList
}
