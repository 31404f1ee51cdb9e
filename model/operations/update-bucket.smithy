// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Updates an existing Amazon Lightsail bucket.</p>
///          <p>Use this action to update the configuration of an existing bucket, such as versioning,
///       public accessibility, and the Amazon Web Services accounts that can access the bucket.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UpdateBucket", code: 200)
operation UpdateBucket {
    input: UpdateBucketRequest
    output: UpdateBucketResult
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
structure UpdateBucketRequest {
    /// <p>The name of the bucket to update.</p>
    @required
    bucketName: BucketName

    /// <p>An object that sets the public accessibility of objects in the specified bucket.</p>
    accessRules: AccessRules

    /// <p>Specifies whether to enable or suspend versioning of objects in the bucket.</p>
    ///          <p>The following options can be specified:</p>
    ///          <ul>
    ///             <li>
    ///                <p>
    ///                   <code>Enabled</code> - Enables versioning of objects in the specified bucket.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>Suspended</code> - Suspends versioning of objects in the specified bucket.
    ///           Existing object versions are retained.</p>
    ///             </li>
    ///          </ul>
    versioning: NonEmptyString

    /// <p>An array of strings to specify the Amazon Web Services account IDs that can access the
    ///       bucket.</p>
    ///          <p>You can give a maximum of 10 Amazon Web Services accounts access to a bucket.</p>
    readonlyAccessAccounts: PartnerIdList

    /// <p>An object that describes the access log configuration for the bucket.</p>
    accessLogConfig: BucketAccessLogConfig

    /// <p>Sets the cross-origin resource sharing (CORS) configuration for your bucket. If a CORS configuration exists, it is replaced with the specified configuration. For AWS CLI operations, this parameter can also be passed as a file. For more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html">Configuring cross-origin resource sharing (CORS)</a>.</p>
    ///          <note>
    ///             <p>CORS information is only returned in a response when you update the CORS policy.</p>
    ///          </note>
    cors: BucketCorsConfig
}

@output
structure UpdateBucketResult {
    /// <p>An object that describes the bucket that is updated.</p>
    bucket: Bucket

    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
