// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns all export snapshot records created as a result of the <code>export
///         snapshot</code> operation.</p>
///          <p>An export snapshot record can be used to create a new Amazon EC2 instance and its related
///       resources with the <a href="https://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_CreateCloudFormationStack.html">CreateCloudFormationStack</a>
///       action.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetExportSnapshotRecords", code: 200)
operation GetExportSnapshotRecords {
    input: GetExportSnapshotRecordsRequest
    output: GetExportSnapshotRecordsResult
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
structure GetExportSnapshotRecordsRequest {
    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetExportSnapshotRecords</code> request. If
    ///       your results are paginated, the response will return a next page token that you can specify as
    ///       the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetExportSnapshotRecordsResult {
    /// <p>A list of objects describing the export snapshot records.</p>
    exportSnapshotRecords: ExportSnapshotRecordList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetExportSnapshotRecords</code>
    ///       request and specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
