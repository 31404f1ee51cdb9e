// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about one or more Amazon Lightsail buckets. The information returned
///       includes the synchronization status of the Amazon Simple Storage Service (Amazon S3)
///       account-level block public access feature for your Lightsail buckets.</p>
///          <p>For more information about buckets, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/buckets-in-amazon-lightsail">Buckets in Amazon Lightsail</a> in the <i>Amazon Lightsail Developer
///         Guide</i>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetBuckets", code: 200)
operation GetBuckets {
    input: GetBucketsRequest
    output: GetBucketsResult
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
structure GetBucketsRequest {
    /// <p>The name of the bucket for which to return information.</p>
    ///          <p>When omitted, the response includes all of your buckets in the Amazon Web Services Region
    ///       where the request is made.</p>
    bucketName: BucketName

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetBuckets</code> request. If your results
    ///       are paginated, the response will return a next page token that you can specify as the page
    ///       token in a subsequent request.</p>
    pageToken: string

    /// <p>A Boolean value that indicates whether to include Lightsail instances that were given
    ///       access to the bucket using the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_SetResourceAccessForBucket.html">SetResourceAccessForBucket</a>
    ///       action.</p>
    includeConnectedResources: boolean

    /// <p>A Boolean value that indicates whether to include Lightsail bucket CORS configuration in the response. For more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/configure-cors.html">Configuring cross-origin resource sharing (CORS)</a>.</p>
    ///          <note>
    ///             <p>This parameter is only supported when getting a single bucket with <code>bucketName</code> specified. The default value for this parameter is <code>False</code>.</p>
    ///          </note>
    includeCors: boolean
}

@output
structure GetBucketsResult {
    /// <p>An array of objects that describe buckets.</p>
    buckets: BucketList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetBuckets</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string

    /// <p>An object that describes the synchronization status of the Amazon S3 account-level
    ///       block public access feature for your Lightsail buckets.</p>
    ///          <p>For more information about this feature and how it affects Lightsail buckets, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-block-public-access-for-buckets">Block public access for buckets in Amazon Lightsail</a>.</p>
    accountLevelBpaSync: AccountLevelBpaSync
}
