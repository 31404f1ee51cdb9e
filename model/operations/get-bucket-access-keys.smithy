// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the existing access key IDs for the specified Amazon Lightsail bucket.</p>
///          <important>
///             <p>This action does not return the secret access key value of an access key. You can get a
///         secret access key only when you create it from the response of the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateBucketAccessKey.html">CreateBucketAccessKey</a> action. If you lose the secret access key, you must create
///         a new access key.</p>
///          </important>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetBucketAccessKeys", code: 200)
operation GetBucketAccessKeys {
    input: GetBucketAccessKeysRequest
    output: GetBucketAccessKeysResult
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
structure GetBucketAccessKeysRequest {
    /// <p>The name of the bucket for which to return access keys.</p>
    @required
    bucketName: BucketName
}

@output
structure GetBucketAccessKeysResult {
    /// <p>An object that describes the access keys for the specified bucket.</p>
    accessKeys: AccessKeyList
}
