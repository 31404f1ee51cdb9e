// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the current, previous, or pending versions of the master user password for a
///       Lightsail database.</p>
///          <p>The <code>GetRelationalDatabaseMasterUserPassword</code> operation supports tag-based
///       access control via resource tags applied to the resource identified by
///       relationalDatabaseName.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRelationalDatabaseMasterUserPassword", code: 200)
operation GetRelationalDatabaseMasterUserPassword {
    input: GetRelationalDatabaseMasterUserPasswordRequest
    output: GetRelationalDatabaseMasterUserPasswordResult
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
structure GetRelationalDatabaseMasterUserPasswordRequest {
    /// <p>The name of your database for which to get the master user password.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The password version to return.</p>
    ///          <p>Specifying <code>CURRENT</code> or <code>PREVIOUS</code> returns the current or previous
    ///       passwords respectively. Specifying <code>PENDING</code> returns the newest version of the
    ///       password that will rotate to <code>CURRENT</code>. After the <code>PENDING</code> password
    ///       rotates to <code>CURRENT</code>, the <code>PENDING</code> password is no longer
    ///       available.</p>
    ///          <p>Default: <code>CURRENT</code>
    ///          </p>
    passwordVersion: RelationalDatabasePasswordVersion
}

@output
structure GetRelationalDatabaseMasterUserPasswordResult {
    /// <p>The master user password for the <code>password version</code> specified.</p>
    masterUserPassword: SensitiveString

    /// <p>The timestamp when the specified version of the master user password was created.</p>
    createdAt: IsoDate
}
