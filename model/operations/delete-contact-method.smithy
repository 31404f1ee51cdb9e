// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes a contact method.</p>
///          <p>A contact method is used to send you notifications about your Amazon Lightsail resources.
///       You can add one email address and one mobile phone number contact method in each Amazon Web Services Region. However, SMS text messaging is not supported in some Amazon Web Services
///       Regions, and SMS text messages cannot be sent to some countries/regions. For more information,
///       see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications">Notifications in Amazon Lightsail</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteContactMethod", code: 200)
operation DeleteContactMethod {
    input: DeleteContactMethodRequest
    output: DeleteContactMethodResult
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
structure DeleteContactMethodRequest {
    /// <p>The protocol that will be deleted, such as <code>Email</code> or <code>SMS</code> (text
    ///       messaging).</p>
    ///          <note>
    ///             <p>To delete an <code>Email</code> and an <code>SMS</code> contact method if you added
    ///         both, you must run separate <code>DeleteContactMethod</code> actions to delete each
    ///         protocol.</p>
    ///          </note>
    @required
    protocol: ContactProtocol
}

@output
structure DeleteContactMethodResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
