// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Downloads the regional Amazon Lightsail default key pair.</p>
///          <p>This action also creates a Lightsail default key pair if a default key pair
///       does not currently exist in the Amazon Web Services Region.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DownloadDefaultKeyPair", code: 200)
operation DownloadDefaultKeyPair {
    input: DownloadDefaultKeyPairRequest
    output: DownloadDefaultKeyPairResult
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
structure DownloadDefaultKeyPairRequest {}

@output
structure DownloadDefaultKeyPairResult {
    /// <p>A base64-encoded public key of the <code>ssh-rsa</code> type.</p>
    publicKeyBase64: Base64

    /// <p>A base64-encoded RSA private key.</p>
    privateKeyBase64: Base64

    /// <p>The timestamp when the default key pair was created.</p>
    createdAt: IsoDate
}
