// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns temporary SSH keys you can use to connect to a specific virtual private server, or
///         <i>instance</i>.</p>
///          <p>The <code>get instance access details</code> operation supports tag-based access control
///       via resource tags applied to the resource identified by <code>instance name</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetInstanceAccessDetails", code: 200)
operation GetInstanceAccessDetails {
    input: GetInstanceAccessDetailsRequest
    output: GetInstanceAccessDetailsResult
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
structure GetInstanceAccessDetailsRequest {
    /// <p>The name of the instance to access.</p>
    @required
    instanceName: ResourceName

    /// <p>The protocol to use to connect to your instance. Defaults to <code>ssh</code>.</p>
    protocol: InstanceAccessProtocol
}

@output
structure GetInstanceAccessDetailsResult {
    /// <p>An array of key-value pairs containing information about a get instance access
    ///       request.</p>
    accessDetails: InstanceAccessDetails
}
