// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes an access key for the specified Amazon Lightsail bucket.</p>
///          <p>We recommend that you delete an access key if the secret access key is compromised.</p>
///          <p>For more information about access keys, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-bucket-access-keys">Creating access keys for a bucket in Amazon Lightsail</a> in the
///         <i>Amazon Lightsail Developer Guide</i>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteBucketAccessKey", code: 200)
operation DeleteBucketAccessKey {
    input: DeleteBucketAccessKeyRequest
    output: DeleteBucketAccessKeyResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure DeleteBucketAccessKeyRequest {
    /// <p>The name of the bucket that the access key belongs to.</p>
    @required
    bucketName: BucketName

    /// <p>The ID of the access key to delete.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketAccessKeys.html">GetBucketAccessKeys</a> action to get a
    ///       list of access key IDs that you can specify.</p>
    @required
    accessKeyId: NonEmptyString
}

@output
structure DeleteBucketAccessKeyResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
