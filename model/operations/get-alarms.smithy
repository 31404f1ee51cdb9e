// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about the configured alarms. Specify an alarm name in your request to
///       return information about a specific alarm, or specify a monitored resource name to return
///       information about all alarms for a specific resource.</p>
///          <p>An alarm is used to monitor a single metric for one of your resources. When a metric
///       condition is met, the alarm can notify you by email, SMS text message, and a banner displayed
///       on the Amazon Lightsail console. For more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms">Alarms
///         in Amazon Lightsail</a>.</p>
@http(method: "GET", uri: "/ls/api/2016-11-28/GetAlarms", code: 200)
operation GetAlarms {
    input: GetAlarmsRequest
    output: GetAlarmsResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        OperationFailureException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetAlarmsRequest {
    /// <p>The name of the alarm.</p>
    ///          <p>Specify an alarm name to return information about a specific alarm.</p>
    @httpQuery("alarmName")
    alarmName: ResourceName

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetAlarms</code> request. If your results
    ///       are paginated, the response will return a next page token that you can specify as the page
    ///       token in a subsequent request.</p>
    @httpQuery("pageToken")
    pageToken: string

    /// <p>The name of the Lightsail resource being monitored by the alarm.</p>
    ///          <p>Specify a monitored resource name to return information about all alarms for a specific
    ///       resource.</p>
    @httpQuery("monitoredResourceName")
    monitoredResourceName: ResourceName
}

@output
structure GetAlarmsResult {
    /// <p>An array of objects that describe the alarms.</p>
    alarms: AlarmsList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetAlarms</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
