// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a new access key for the specified Amazon Lightsail bucket. Access keys consist of
///       an access key ID and corresponding secret access key.</p>
///          <p>Access keys grant full programmatic access to the specified bucket and its objects. You
///       can have a maximum of two access keys per bucket. Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketAccessKeys.html">GetBucketAccessKeys</a> action to get a list of current access keys for a specific bucket. For more
///       information about access keys, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-bucket-access-keys">Creating access keys for a bucket in Amazon Lightsail</a> in the
///         <i>Amazon Lightsail Developer Guide</i>.</p>
///          <important>
///             <p>The <code>secretAccessKey</code> value is returned only in response to the
///           <code>CreateBucketAccessKey</code> action. You can get a secret access key only when you
///         first create an access key; you cannot get the secret access key later. If you lose the
///         secret access key, you must create a new access key.</p>
///          </important>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateBucketAccessKey", code: 200)
operation CreateBucketAccessKey {
    input: CreateBucketAccessKeyRequest
    output: CreateBucketAccessKeyResult
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
structure CreateBucketAccessKeyRequest {
    /// <p>The name of the bucket that the new access key will belong to, and grant access to.</p>
    @required
    bucketName: BucketName
}

@output
structure CreateBucketAccessKeyResult {
    /// <p>An object that describes the access key that is created.</p>
    accessKey: AccessKey

    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
