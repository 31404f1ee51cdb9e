// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Disables an add-on for an Amazon Lightsail resource. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DisableAddOn", code: 200)
operation DisableAddOn {
    input: DisableAddOnRequest
    output: DisableAddOnResult
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
structure DisableAddOnRequest {
    /// <p>The add-on type to disable.</p>
    @required
    addOnType: AddOnType

    /// <p>The name of the source resource for which to disable the add-on.</p>
    @required
    resourceName: ResourceName
}

@output
structure DisableAddOnResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
