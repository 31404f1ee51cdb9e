// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Detaches an SSL/TLS certificate from your Amazon Lightsail content delivery network (CDN)
///       distribution.</p>
///          <p>After the certificate is detached, your distribution stops accepting traffic for all of
///       the domains that are associated with the certificate.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DetachCertificateFromDistribution", code: 200)
operation DetachCertificateFromDistribution {
    input: DetachCertificateFromDistributionRequest
    output: DetachCertificateFromDistributionResult
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
structure DetachCertificateFromDistributionRequest {
    /// <p>The name of the distribution from which to detach the certificate.</p>
    ///          <p>Use the <code>GetDistributions</code> action to get a list of distribution names that you
    ///       can specify.</p>
    @required
    distributionName: ResourceName
}

@output
structure DetachCertificateFromDistributionResult {
    /// <p>An object that describes the result of the action, such as the status of the request, the
    ///       timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
