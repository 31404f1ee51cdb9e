// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the log events of a container of your Amazon Lightsail container service.</p>
///          <p>If your container service has more than one node (i.e., a scale greater than 1), then the
///       log events that are returned for the specified container are merged from all nodes on your
///       container service.</p>
///          <note>
///             <p>Container logs are retained for a certain amount of time. For more information, see
///           <a href="https://docs.aws.amazon.com/general/latest/gr/lightsail.html">Amazon Lightsail
///           endpoints and quotas</a> in the <i>Amazon Web Services General
///           Reference</i>.</p>
///          </note>
@http(
    method: "GET"
    uri: "/ls/api/2016-11-28/container-services/{serviceName}/containers/{containerName}/log"
    code: 200
)
operation GetContainerLog {
    input: GetContainerLogRequest
    output: GetContainerLogResult
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
structure GetContainerLogRequest {
    /// <p>The name of the container service for which to get a container log.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName

    /// <p>The name of the container that is either running or previously ran on the container
    ///       service for which to return a log.</p>
    @httpLabel
    @required
    containerName: string

    /// <p>The start of the time interval for which to get log data.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Specified in Coordinated Universal Time (UTC).</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in the Unix time format.</p>
    ///                <p>For example, if you wish to use a start time of October 1, 2018, at 8 PM UTC, specify
    ///             <code>1538424000</code> as the start time.</p>
    ///             </li>
    ///          </ul>
    ///          <p>You can convert a human-friendly time to Unix time format using a converter like <a href="https://www.epochconverter.com/">Epoch converter</a>.</p>
    @httpQuery("startTime")
    startTime: IsoDate

    /// <p>The end of the time interval for which to get log data.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Specified in Coordinated Universal Time (UTC).</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in the Unix time format.</p>
    ///                <p>For example, if you wish to use an end time of October 1, 2018, at 9 PM UTC, specify
    ///             <code>1538427600</code> as the end time.</p>
    ///             </li>
    ///          </ul>
    ///          <p>You can convert a human-friendly time to Unix time format using a converter like <a href="https://www.epochconverter.com/">Epoch converter</a>.</p>
    @httpQuery("endTime")
    endTime: IsoDate

    /// <p>The pattern to use to filter the returned log events to a specific term.</p>
    ///          <p>The following are a few examples of filter patterns that you can specify:</p>
    ///          <ul>
    ///             <li>
    ///                <p>To return all log events, specify a filter pattern of <code>""</code>.</p>
    ///             </li>
    ///             <li>
    ///                <p>To exclude log events that contain the <code>ERROR</code> term, and return all other
    ///           log events, specify a filter pattern of <code>"-ERROR"</code>.</p>
    ///             </li>
    ///             <li>
    ///                <p>To return log events that contain the <code>ERROR</code> term, specify a filter
    ///           pattern of <code>"ERROR"</code>.</p>
    ///             </li>
    ///             <li>
    ///                <p>To return log events that contain both the <code>ERROR</code> and
    ///             <code>Exception</code> terms, specify a filter pattern of <code>"ERROR
    ///           Exception"</code>.</p>
    ///             </li>
    ///             <li>
    ///                <p>To return log events that contain the <code>ERROR</code>
    ///                   <i>or</i> the <code>Exception</code> term, specify a filter pattern of
    ///             <code>"?ERROR ?Exception"</code>.</p>
    ///             </li>
    ///          </ul>
    @httpQuery("filterPattern")
    filterPattern: string

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetContainerLog</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    @httpQuery("pageToken")
    pageToken: string
}

@output
structure GetContainerLogResult {
    /// <p>An array of objects that describe the log events of a container.</p>
    logEvents: ContainerServiceLogEventList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetContainerLog</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
