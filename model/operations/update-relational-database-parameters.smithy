// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Allows the update of one or more parameters of a database in Amazon Lightsail.</p>
///          <p>Parameter updates don't cause outages; therefore, their application is not subject to the
///       preferred maintenance window. However, there are two ways in which parameter updates are
///       applied: <code>dynamic</code> or <code>pending-reboot</code>. Parameters marked with a
///         <code>dynamic</code> apply type are applied immediately. Parameters marked with a
///         <code>pending-reboot</code> apply type are applied only after the database is rebooted using
///       the <code>reboot relational database</code> operation.</p>
///          <p>The <code>update relational database parameters</code> operation supports tag-based access
///       control via resource tags applied to the resource identified by relationalDatabaseName. For
///       more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UpdateRelationalDatabaseParameters", code: 200)
operation UpdateRelationalDatabaseParameters {
    input: UpdateRelationalDatabaseParametersRequest
    output: UpdateRelationalDatabaseParametersResult
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
structure UpdateRelationalDatabaseParametersRequest {
    /// <p>The name of your database for which to update parameters.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The database parameters to update.</p>
    @required
    parameters: RelationalDatabaseParameterList
}

@output
structure UpdateRelationalDatabaseParametersResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
