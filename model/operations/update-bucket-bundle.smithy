// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Updates the bundle, or storage plan, of an existing Amazon Lightsail bucket.</p>
///          <p>A bucket bundle specifies the monthly cost, storage space, and data transfer quota for a
///       bucket. You can update a bucket's bundle only one time within a monthly Amazon Web Services
///       billing cycle. To determine if you can update a bucket's bundle, use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBuckets.html">GetBuckets</a> action. The
///         <code>ableToUpdateBundle</code> parameter in the response will indicate whether you can
///       currently update a bucket's bundle.</p>
///          <p>Update a bucket's bundle if it's consistently going over its storage space or data
///       transfer quota, or if a bucket's usage is consistently in the lower range of its storage space
///       or data transfer quota. Due to the unpredictable usage fluctuations that a bucket might
///       experience, we strongly recommend that you update a bucket's bundle only as a long-term
///       strategy, instead of as a short-term, monthly cost-cutting measure. Choose a bucket bundle
///       that will provide the bucket with ample storage space and data transfer for a long time to
///       come.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UpdateBucketBundle", code: 200)
operation UpdateBucketBundle {
    input: UpdateBucketBundleRequest
    output: UpdateBucketBundleResult
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
structure UpdateBucketBundleRequest {
    /// <p>The name of the bucket for which to update the bundle.</p>
    @required
    bucketName: BucketName

    /// <p>The ID of the new bundle to apply to the bucket.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBucketBundles.html">GetBucketBundles</a> action to get a list of
    ///       bundle IDs that you can specify.</p>
    @required
    bundleId: NonEmptyString
}

@output
structure UpdateBucketBundleResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
