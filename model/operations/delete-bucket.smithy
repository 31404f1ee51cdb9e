// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes a Amazon Lightsail bucket.</p>
///          <note>
///             <p>When you delete your bucket, the bucket name is released and can be reused for a new
///         bucket in your account or another Amazon Web Services account.</p>
///          </note>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteBucket", code: 200)
operation DeleteBucket {
    input: DeleteBucketRequest
    output: DeleteBucketResult
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
structure DeleteBucketRequest {
    /// <p>The name of the bucket to delete.</p>
    ///          <p>Use the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetBuckets.html">GetBuckets</a> action to get a list of bucket names
    ///       that you can specify.</p>
    @required
    bucketName: BucketName

    /// <p>A Boolean value that indicates whether to force delete the bucket.</p>
    ///          <p>You must force delete the bucket if it has one of the following conditions:</p>
    ///          <ul>
    ///             <li>
    ///                <p>The bucket is the origin of a distribution.</p>
    ///             </li>
    ///             <li>
    ///                <p>The bucket has instances that were granted access to it using the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html">SetResourceAccessForBucket</a> action.</p>
    ///             </li>
    ///             <li>
    ///                <p>The bucket has objects.</p>
    ///             </li>
    ///             <li>
    ///                <p>The bucket has access keys.</p>
    ///             </li>
    ///          </ul>
    ///          <important>
    ///             <p>Force deleting a bucket might impact other resources that rely on the bucket, such as
    ///         instances, distributions, or software that use the issued access keys.</p>
    ///          </important>
    forceDelete: boolean
}

@output
structure DeleteBucketResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
