// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes an alarm.</p>
///          <p>An alarm is used to monitor a single metric for one of your resources. When a metric
///       condition is met, the alarm can notify you by email, SMS text message, and a banner displayed
///       on the Amazon Lightsail console. For more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-alarms">Alarms
///         in Amazon Lightsail</a>.</p>
@http(method: "DELETE", uri: "/ls/api/2016-11-28/DeleteAlarm/{alarmName}", code: 200)
operation DeleteAlarm {
    input: DeleteAlarmRequest
    output: DeleteAlarmResult
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
structure DeleteAlarmRequest {
    /// <p>The name of the alarm to delete.</p>
    @httpLabel
    @required
    alarmName: ResourceName
}

@output
structure DeleteAlarmResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
