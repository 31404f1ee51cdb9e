// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns a list of log events for a database in Amazon Lightsail.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseLogEvents", code: 200)
operation GetRelationalDatabaseLogEvents {
    input: GetRelationalDatabaseLogEventsRequest
    output: GetRelationalDatabaseLogEventsResult
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
structure GetRelationalDatabaseLogEventsRequest {
    /// <p>The name of your database for which to get log events.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The name of the log stream.</p>
    ///          <p>Use the <code>get relational database log streams</code> operation to get a list of
    ///       available log streams.</p>
    @required
    logStreamName: string

    /// <p>The start of the time interval from which to get log events.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Specified in Coordinated Universal Time (UTC).</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in the Unix time format.</p>
    ///                <p>For example, if you wish to use a start time of October 1, 2018, at 8 PM UTC, then you
    ///           input <code>1538424000</code> as the start time.</p>
    ///             </li>
    ///          </ul>
    startTime: IsoDate

    /// <p>The end of the time interval from which to get log events.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Specified in Coordinated Universal Time (UTC).</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in the Unix time format.</p>
    ///                <p>For example, if you wish to use an end time of October 1, 2018, at 8 PM UTC, then you
    ///           input <code>1538424000</code> as the end time.</p>
    ///             </li>
    ///          </ul>
    endTime: IsoDate

    /// <p>Parameter to specify if the log should start from head or tail. If <code>true</code> is
    ///       specified, the log event starts from the head of the log. If <code>false</code> is specified,
    ///       the log event starts from the tail of the log.</p>
    ///          <note>
    ///             <p>For PostgreSQL, the default value of <code>false</code> is the only option
    ///         available.</p>
    ///          </note>
    startFromHead: boolean

    /// <p>The token to advance to the next or previous page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetRelationalDatabaseLogEvents</code>
    ///       request. If your results are paginated, the response will return a next forward token and/or
    ///       next backward token that you can specify as the page token in a subsequent request.</p>
    pageToken: string
}

@output
structure GetRelationalDatabaseLogEventsResult {
    /// <p>An object describing the result of your get relational database log events request.</p>
    resourceLogEvents: LogEventList

    /// <p>A token used for advancing to the previous page of results from your get relational
    ///       database log events request.</p>
    nextBackwardToken: string

    /// <p>A token used for advancing to the next page of results from your get relational database
    ///       log events request.</p>
    nextForwardToken: string
}
