// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about the configured contact methods. Specify a protocol in your
///       request to return information about a specific contact method.</p>
///          <p>A contact method is used to send you notifications about your Amazon Lightsail resources.
///       You can add one email address and one mobile phone number contact method in each Amazon Web Services Region. However, SMS text messaging is not supported in some Amazon Web Services
///       Regions, and SMS text messages cannot be sent to some countries/regions. For more information,
///       see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications">Notifications in Amazon Lightsail</a>.</p>
@http(method: "GET", uri: "/ls/api/2016-11-28/GetContactMethods", code: 200)
operation GetContactMethods {
    input: GetContactMethodsRequest
    output: GetContactMethodsResult
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
structure GetContactMethodsRequest {
    /// <p>The protocols used to send notifications, such as <code>Email</code>, or <code>SMS</code>
    ///       (text messaging).</p>
    ///          <p>Specify a protocol in your request to return information about a specific contact method
    ///       protocol.</p>
    @httpQuery("protocols")
    protocols: ContactProtocolsList
}

@output
structure GetContactMethodsResult {
    /// <p>An array of objects that describe the contact methods.</p>
    contactMethods: ContactMethodsList
}
