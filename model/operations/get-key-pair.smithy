// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific key pair.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetKeyPair", code: 200)
operation GetKeyPair {
    input: GetKeyPairRequest
    output: GetKeyPairResult
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
structure GetKeyPairRequest {
    /// <p>The name of the key pair for which you are requesting information.</p>
    @required
    keyPairName: ResourceName
}

@output
structure GetKeyPairResult {
    /// <p>An array of key-value pairs containing information about the key pair.</p>
    keyPair: KeyPair
}
