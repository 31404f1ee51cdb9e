// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates an email or SMS text message contact method.</p>
///          <p>A contact method is used to send you notifications about your Amazon Lightsail resources.
///       You can add one email address and one mobile phone number contact method in each Amazon Web Services Region. However, SMS text messaging is not supported in some Amazon Web Services
///       Regions, and SMS text messages cannot be sent to some countries/regions. For more information,
///       see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications">Notifications in Amazon Lightsail</a>.</p>
///          <p>The <code>create contact method</code> operation supports tag-based access control via request
///       tags. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateContactMethod", code: 200)
operation CreateContactMethod {
    input: CreateContactMethodRequest
    output: CreateContactMethodResult
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
structure CreateContactMethodRequest {
    /// <p>The protocol of the contact method, such as <code>Email</code> or <code>SMS</code> (text
    ///       messaging).</p>
    ///          <p>The <code>SMS</code> protocol is supported only in the following Amazon Web Services
    ///       Regions.</p>
    ///          <ul>
    ///             <li>
    ///                <p>US East (N. Virginia) (<code>us-east-1</code>)</p>
    ///             </li>
    ///             <li>
    ///                <p>US West (Oregon) (<code>us-west-2</code>)</p>
    ///             </li>
    ///             <li>
    ///                <p>Europe (Ireland) (<code>eu-west-1</code>)</p>
    ///             </li>
    ///             <li>
    ///                <p>Asia Pacific (Tokyo) (<code>ap-northeast-1</code>)</p>
    ///             </li>
    ///             <li>
    ///                <p>Asia Pacific (Singapore) (<code>ap-southeast-1</code>)</p>
    ///             </li>
    ///             <li>
    ///                <p>Asia Pacific (Sydney) (<code>ap-southeast-2</code>)</p>
    ///             </li>
    ///          </ul>
    ///          <p>For a list of countries/regions where SMS text messages can be sent, and the latest
    ///         Amazon Web Services Regions where SMS text messaging is supported, see <a href="https://docs.aws.amazon.com/sns/latest/dg/sns-supported-regions-countries.html">Supported Regions and Countries</a> in the <i>Amazon SNS Developer
    ///         Guide</i>.</p>
    ///          <p>For more information about notifications in Amazon Lightsail, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-notifications">Notifications in Amazon Lightsail</a>.</p>
    @required
    protocol: ContactProtocol

    /// <p>The destination of the contact method, such as an email address or a mobile phone
    ///       number.</p>
    ///          <p>Use the E.164 format when specifying a mobile phone number. E.164 is a standard for the
    ///       phone number structure used for international telecommunication. Phone numbers that follow
    ///       this format can have a maximum of 15 digits, and they are prefixed with the plus character (+)
    ///       and the country code. For example, a U.S. phone number in E.164 format would be specified as
    ///       +1XXX5550100. For more information, see <a href="https://en.wikipedia.org/wiki/E.164">E.164</a> on <i>Wikipedia</i>.</p>
    @required
    contactEndpoint: StringMax256

    /// <p>The tag keys and optional values to add to the contact method during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateContactMethodResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
