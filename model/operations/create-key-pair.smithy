// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a custom SSH key pair that you can use with an Amazon Lightsail
///       instance.</p>
///          <note>
///             <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DownloadDefaultKeyPair.html">DownloadDefaultKeyPair</a> action to create a Lightsail default key
///         pair in an Amazon Web Services Region where a default key pair does not currently
///         exist.</p>
///          </note>
///          <p>The <code>create key pair</code> operation supports tag-based access control via request
///       tags. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateKeyPair", code: 200)
operation CreateKeyPair {
    input: CreateKeyPairRequest
    output: CreateKeyPairResult
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
structure CreateKeyPairRequest {
    /// <p>The name for your new key pair.</p>
    @required
    keyPairName: ResourceName

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateKeyPairResult {
    /// <p>An array of key-value pairs containing information about the new key pair you just
    ///       created.</p>
    keyPair: KeyPair

    /// <p>A base64-encoded public key of the <code>ssh-rsa</code> type.</p>
    publicKeyBase64: Base64

    /// <p>A base64-encoded RSA private key.</p>
    privateKeyBase64: Base64

    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
