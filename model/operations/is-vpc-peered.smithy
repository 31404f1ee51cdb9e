// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns a Boolean value indicating whether your Lightsail VPC is peered.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/IsVpcPeered", code: 200)
operation IsVpcPeered {
    input: IsVpcPeeredRequest
    output: IsVpcPeeredResult
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
structure IsVpcPeeredRequest {}

@output
structure IsVpcPeeredResult {
    /// <p>Returns <code>true</code> if the Lightsail VPC is peered; otherwise,
    ///       <code>false</code>.</p>
    isPeered: boolean
}
