// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Enables or modifies an add-on for an Amazon Lightsail resource. For more information, see
///       the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/EnableAddOn", code: 200)
operation EnableAddOn {
    input: EnableAddOnRequest
    output: EnableAddOnResult
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
structure EnableAddOnRequest {
    /// <p>The name of the source resource for which to enable or modify the add-on.</p>
    @required
    resourceName: ResourceName

    /// <p>An array of strings representing the add-on to enable or modify.</p>
    @required
    addOnRequest: AddOnRequest
}

@output
structure EnableAddOnResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
