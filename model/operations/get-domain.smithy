// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific domain recordset.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetDomain", code: 200)
operation GetDomain {
    input: GetDomainRequest
    output: GetDomainResult
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
structure GetDomainRequest {
    /// <p>The domain name for which your want to return information about.</p>
    @required
    domainName: DomainName
}

@output
structure GetDomainResult {
    /// <p>An array of key-value pairs containing information about your get domain request.</p>
    domain: Domain
}
