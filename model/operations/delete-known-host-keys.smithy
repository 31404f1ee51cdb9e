// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes the known host key or certificate used by the Amazon Lightsail browser-based SSH or
///       RDP clients to authenticate an instance. This operation enables the Lightsail browser-based
///       SSH or RDP clients to connect to the instance after a host key mismatch.</p>
///          <important>
///             <p>Perform this operation only if you were expecting the host key or certificate mismatch
///         or if you are familiar with the new host key or certificate on the instance. For more
///         information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-troubleshooting-browser-based-ssh-rdp-client-connection">Troubleshooting connection issues when using the Amazon Lightsail browser-based SSH or RDP
///           client</a>.</p>
///          </important>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteKnownHostKeys", code: 200)
operation DeleteKnownHostKeys {
    input: DeleteKnownHostKeysRequest
    output: DeleteKnownHostKeysResult
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
structure DeleteKnownHostKeysRequest {
    /// <p>The name of the instance for which you want to reset the host key or certificate.</p>
    @required
    instanceName: ResourceName
}

@output
structure DeleteKnownHostKeysResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
