// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Sends a verification request to an email contact method to ensure it's owned by the
///       requester. SMS contact methods don't need to be verified.</p>
///          <p>A contact method is used to send you notifications about your Amazon Lightsail resources.
///       You can add one email address and one mobile phone number contact method in each Amazon Web Services Region. However, SMS text messaging is not supported in some Amazon Web Services
///       Regions, and SMS text messages cannot be sent to some countries/regions. For more information,
///       see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications">Notifications in Amazon Lightsail</a>.</p>
///          <p>A verification request is sent to the contact method when you initially create it. Use
///       this action to send another verification request if a previous verification request was
///       deleted, or has expired.</p>
///          <important>
///             <p>Notifications are not sent to an email contact method until after it is verified, and
///         confirmed as valid.</p>
///          </important>
@http(method: "POST", uri: "/ls/api/2016-11-28/SendContactMethodVerification", code: 200)
operation SendContactMethodVerification {
    input: SendContactMethodVerificationRequest
    output: SendContactMethodVerificationResult
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
structure SendContactMethodVerificationRequest {
    /// <p>The protocol to verify, such as <code>Email</code> or <code>SMS</code> (text
    ///       messaging).</p>
    @required
    protocol: ContactMethodVerificationProtocol
}

@output
structure SendContactMethodVerificationResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
