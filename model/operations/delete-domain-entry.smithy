// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes a specific domain entry.</p>
///          <p>The <code>delete domain entry</code> operation supports tag-based access control via
///       resource tags applied to the resource identified by <code>domain name</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteDomainEntry", code: 200)
operation DeleteDomainEntry {
    input: DeleteDomainEntryRequest
    output: DeleteDomainEntryResult
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
structure DeleteDomainEntryRequest {
    /// <p>The name of the domain entry to delete.</p>
    @required
    domainName: DomainName

    /// <p>An array of key-value pairs containing information about your domain entries.</p>
    @required
    domainEntry: DomainEntry
}

@output
structure DeleteDomainEntryResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
