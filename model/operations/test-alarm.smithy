// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Tests an alarm by displaying a banner on the Amazon Lightsail console. If a notification
///       trigger is configured for the specified alarm, the test also sends a notification to the
///       notification protocol (<code>Email</code> and/or <code>SMS</code>) configured for the
///       alarm.</p>
///          <p>An alarm is used to monitor a single metric for one of your resources. When a metric
///       condition is met, the alarm can notify you by email, SMS text message, and a banner displayed
///       on the Amazon Lightsail console. For more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms">Alarms
///         in Amazon Lightsail</a>.</p>
@http(method: "GET", uri: "/ls/api/2016-11-28/TestAlarm/{alarmName}", code: 200)
operation TestAlarm {
    input: TestAlarmRequest
    output: TestAlarmResult
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
structure TestAlarmRequest {
    /// <p>The name of the alarm to test.</p>
    @httpLabel
    @required
    alarmName: ResourceName

    /// <p>The alarm state to test.</p>
    ///          <p>An alarm has the following possible states that can be tested:</p>
    ///          <ul>
    ///             <li>
    ///                <p>
    ///                   <code>ALARM</code> - The metric is outside of the defined threshold.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>INSUFFICIENT_DATA</code> - The alarm has just started, the metric is not
    ///           available, or not enough data is available for the metric to determine the alarm
    ///           state.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>OK</code> - The metric is within the defined threshold.</p>
    ///             </li>
    ///          </ul>
    @httpQuery("state")
    @required
    state: AlarmState
}

@output
structure TestAlarmResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
