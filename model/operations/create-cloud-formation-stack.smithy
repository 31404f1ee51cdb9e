// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates an AWS CloudFormation stack, which creates a new Amazon EC2 instance from an exported
///       Amazon Lightsail snapshot. This operation results in a CloudFormation stack record that can be
///       used to track the AWS CloudFormation stack created. Use the <code>get cloud formation stack
///         records</code> operation to get a list of the CloudFormation stacks created.</p>
///          <important>
///             <p>Wait until after your new Amazon EC2 instance is created before running the <code>create
///           cloud formation stack</code> operation again with the same export snapshot record.</p>
///          </important>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateCloudFormationStack", code: 200)
operation CreateCloudFormationStack {
    input: CreateCloudFormationStackRequest
    output: CreateCloudFormationStackResult
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
structure CreateCloudFormationStackRequest {
    /// <p>An array of parameters that will be used to create the new Amazon EC2 instance. You can only
    ///       pass one instance entry at a time in this array. You will get an invalid parameter error if
    ///       you pass more than one instance entry in this array.</p>
    @required
    instances: InstanceEntryList
}

@output
structure CreateCloudFormationStackResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
