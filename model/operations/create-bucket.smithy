// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates an Amazon Lightsail bucket.</p>
///          <p>A bucket is a cloud storage resource available in the Lightsail object storage service.
///       Use buckets to store objects such as data and its descriptive metadata. For more information
///       about buckets, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/buckets-in-amazon-lightsail">Buckets in Amazon Lightsail</a> in the <i>Amazon Lightsail Developer
///         Guide</i>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateBucket", code: 200)
operation CreateBucket {
    input: CreateBucketRequest
    output: CreateBucketResult
    errors: [
        AccessDeniedException
        InvalidInputException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure CreateBucketRequest {
    /// <p>The name for the bucket.</p>
    ///          <p>For more information about bucket names, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/bucket-naming-rules-in-amazon-lightsail">Bucket naming rules in Amazon Lightsail</a> in the <i>Amazon Lightsail Developer
    ///         Guide</i>.</p>
    @required
    bucketName: BucketName

    /// <p>The ID of the bundle to use for the bucket.</p>
    ///          <p>A bucket bundle specifies the monthly cost, storage space, and data transfer quota for a
    ///       bucket.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketBundles.html">GetBucketBundles</a> action to get a list of
    ///       bundle IDs that you can specify.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html">UpdateBucketBundle</a> action to change the
    ///       bundle after the bucket is created.</p>
    @required
    bundleId: NonEmptyString

    /// <p>The tag keys and optional values to add to the bucket during creation.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_TagResource.html">TagResource</a> action to tag the bucket after it's
    ///       created.</p>
    tags: TagList

    /// <p>A Boolean value that indicates whether to enable versioning of objects in the
    ///       bucket.</p>
    ///          <p>For more information about versioning, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-managing-bucket-object-versioning">Enabling and suspending object versioning in a bucket in Amazon Lightsail</a> in the
    ///         <i>Amazon Lightsail Developer Guide</i>.</p>
    enableObjectVersioning: boolean
}

@output
structure CreateBucketResult {
    /// <p>An object that describes the bucket that is created.</p>
    bucket: Bucket

    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
