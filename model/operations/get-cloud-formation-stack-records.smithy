// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the CloudFormation stack record created as a result of the <code>create cloud
///         formation stack</code> operation.</p>
///          <p>An AWS CloudFormation stack is used to create a new Amazon EC2 instance from an exported Lightsail
///       snapshot.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetCloudFormationStackRecords", code: 200)
operation GetCloudFormationStackRecords {
    input: GetCloudFormationStackRecordsRequest
    output: GetCloudFormationStackRecordsResult
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
structure GetCloudFormationStackRecordsRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetClouFormationStackRecords</code> request.
    ///       If your results are paginated, the response will return a next page token that you can specify
    ///       as the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetCloudFormationStackRecordsResult {
    /// <p>A list of objects describing the CloudFormation stack records.</p>
    cloudFormationStackRecords: CloudFormationStackRecordList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another
    ///         <code>GetCloudFormationStackRecords</code> request and specify the next page token using the
    ///         <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
