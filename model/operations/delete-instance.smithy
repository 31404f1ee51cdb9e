// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes an Amazon Lightsail instance.</p>
///          <p>The <code>delete instance</code> operation supports tag-based access control via resource
///       tags applied to the resource identified by <code>instance name</code>. For more information,
///       see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteInstance", code: 200)
operation DeleteInstance {
    input: DeleteInstanceRequest
    output: DeleteInstanceResult
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
structure DeleteInstanceRequest {
    /// <p>The name of the instance to delete.</p>
    @required
    instanceName: ResourceName

    /// <p>A Boolean value to indicate whether to delete all add-ons for the instance.</p>
    forceDeleteAddOns: boolean
}

@output
structure DeleteInstanceResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
