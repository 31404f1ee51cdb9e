// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the bundles that you can apply to a Amazon Lightsail bucket.</p>
///          <p>The bucket bundle specifies the monthly cost, storage quota, and data transfer quota for a
///       bucket.</p>
///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_UpdateBucketBundle.html">UpdateBucketBundle</a> action to update the
///       bundle for a bucket.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetBucketBundles", code: 200)
operation GetBucketBundles {
    input: GetBucketBundlesRequest
    output: GetBucketBundlesResult
    errors: [
        AccessDeniedException
        InvalidInputException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetBucketBundlesRequest {
    /// <p>A Boolean value that indicates whether to include inactive (unavailable) bundles in the
    ///       response of your request.</p>
    includeInactive: boolean
}

@output
structure GetBucketBundlesResult {
    /// <p>An object that describes bucket bundles.</p>
    bundles: BucketBundleList
}
