// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes the specified key pair by removing the public key from Amazon Lightsail.</p>
///          <p>You can delete key pairs that were created using the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_ImportKeyPair.html">ImportKeyPair</a> and
///         <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateKeyPair.html">CreateKeyPair</a> actions, as well as the Lightsail default key pair. A new default
///       key pair will not be created unless you launch an instance without specifying a custom key
///       pair, or you call the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_DownloadDefaultKeyPair.html">DownloadDefaultKeyPair</a> API. </p>
///          <p>The <code>delete key pair</code> operation supports tag-based access control via resource
///       tags applied to the resource identified by <code>key pair name</code>. For more information,
///       see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteKeyPair", code: 200)
operation DeleteKeyPair {
    input: DeleteKeyPairRequest
    output: DeleteKeyPairResult
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
structure DeleteKeyPairRequest {
    /// <p>The name of the key pair to delete.</p>
    @required
    keyPairName: ResourceName

    /// <p>The RSA fingerprint of the Lightsail default key pair to delete.</p>
    ///          <note>
    ///             <p>The <code>expectedFingerprint</code> parameter is required only when specifying to
    ///         delete a Lightsail default key pair.</p>
    ///          </note>
    expectedFingerprint: string
}

@output
structure DeleteKeyPairResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
