// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates one of the following domain name system (DNS) records in a domain DNS zone:
///       Address (A), canonical name (CNAME), mail exchanger (MX), name server (NS), start of authority
///       (SOA), service locator (SRV), or text (TXT).</p>
///          <p>The <code>create domain entry</code> operation supports tag-based access control via
///       resource tags applied to the resource identified by <code>domain name</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateDomainEntry", code: 200)
operation CreateDomainEntry {
    input: CreateDomainEntryRequest
    output: CreateDomainEntryResult
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
structure CreateDomainEntryRequest {
    /// <p>The domain name (<code>example.com</code>) for which you want to create the domain
    ///       entry.</p>
    @required
    domainName: DomainName

    /// <p>An array of key-value pairs containing information about the domain entry request.</p>
    @required
    domainEntry: DomainEntry
}

@output
structure CreateDomainEntryResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
