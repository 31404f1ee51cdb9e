// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns a list of events for a specific database in Amazon Lightsail.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseEvents", code: 200)
operation GetRelationalDatabaseEvents {
    input: GetRelationalDatabaseEventsRequest
    output: GetRelationalDatabaseEventsResult
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
structure GetRelationalDatabaseEventsRequest {
    /// <p>The name of the database from which to get events.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The number of minutes in the past from which to retrieve events. For example, to get all
    ///       events from the past 2 hours, enter 120.</p>
    ///          <p>Default: <code>60</code>
    ///          </p>
    ///          <p>The minimum is 1 and the maximum is 14 days (20160 minutes).</p>
    durationInMinutes: integer

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetRelationalDatabaseEvents</code> request.
    ///       If your results are paginated, the response will return a next page token that you can specify
    ///       as the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetRelationalDatabaseEventsResult {
    /// <p>An object describing the result of your get relational database events request.</p>
    relationalDatabaseEvents: RelationalDatabaseEventList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetRelationalDatabaseEvents</code>
    ///       request and specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
