// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Modifies the Amazon Lightsail instance metadata parameters on a running or stopped
///       instance. When you modify the parameters on a running instance, the <code>GetInstance</code>
///       or <code>GetInstances</code> API operation initially responds with a state of
///         <code>pending</code>. After the parameter modifications are successfully applied, the state
///       changes to <code>applied</code> in subsequent <code>GetInstance</code> or
///         <code>GetInstances</code> API calls. For more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-instance-metadata-service">Use IMDSv2 with an Amazon Lightsail instance</a> in the <i>Amazon Lightsail Developer Guide</i>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UpdateInstanceMetadataOptions", code: 200)
operation UpdateInstanceMetadataOptions {
    input: UpdateInstanceMetadataOptionsRequest
    output: UpdateInstanceMetadataOptionsResult
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
structure UpdateInstanceMetadataOptionsRequest {
    /// <p>The name of the instance for which to update metadata parameters.</p>
    @required
    instanceName: ResourceName

    /// <p>The state of token usage for your instance metadata requests. If the parameter is not
    ///       specified in the request, the default state is <code>optional</code>.</p>
    ///          <p>If the state is <code>optional</code>, you can choose whether to retrieve instance
    ///       metadata with a signed token header on your request. If you retrieve the IAM role credentials
    ///       without a token, the version 1.0 role credentials are returned. If you retrieve the IAM role
    ///       credentials by using a valid signed token, the version 2.0 role credentials are
    ///       returned.</p>
    ///          <p>If the state is <code>required</code>, you must send a signed token header with all
    ///       instance metadata retrieval requests. In this state, retrieving the IAM role credential always
    ///       returns the version 2.0 credentials. The version 1.0 credentials are not available.</p>
    httpTokens: HttpTokens

    /// <p>Enables or disables the HTTP metadata endpoint on your instances. If this parameter is not
    ///       specified, the existing state is maintained.</p>
    ///          <p>If you specify a value of <code>disabled</code>, you cannot access your instance
    ///       metadata.</p>
    httpEndpoint: HttpEndpoint

    /// <p>The desired HTTP PUT response hop limit for instance metadata requests. A larger number
    ///       means that the instance metadata requests can travel farther. If no parameter is specified,
    ///       the existing state is maintained.</p>
    httpPutResponseHopLimit: integer

    /// <p>Enables or disables the IPv6 endpoint for the instance metadata service. This setting
    ///       applies only when the HTTP metadata endpoint is enabled.</p>
    ///          <note>
    ///             <p>This parameter is available only for instances in the Europe (Stockholm) Amazon Web Services Region (<code>eu-north-1</code>).</p>
    ///          </note>
    httpProtocolIpv6: HttpProtocolIpv6
}

@output
structure UpdateInstanceMetadataOptionsResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
