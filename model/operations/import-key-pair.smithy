// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Imports a public SSH key from a specific key pair.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/ImportKeyPair", code: 200)
operation ImportKeyPair {
    input: ImportKeyPairRequest
    output: ImportKeyPairResult
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
structure ImportKeyPairRequest {
    /// <p>The name of the key pair for which you want to import the public key.</p>
    @required
    keyPairName: ResourceName

    /// <p>A base64-encoded public key of the <code>ssh-rsa</code> type.</p>
    @required
    publicKeyBase64: Base64
}

@output
structure ImportKeyPairResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
