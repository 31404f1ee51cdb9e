// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes a database in Amazon Lightsail.</p>
///          <p>The <code>delete relational database</code> operation supports tag-based access control
///       via resource tags applied to the resource identified by relationalDatabaseName. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteRelationalDatabase", code: 200)
operation DeleteRelationalDatabase {
    input: DeleteRelationalDatabaseRequest
    output: DeleteRelationalDatabaseResult
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
structure DeleteRelationalDatabaseRequest {
    /// <p>The name of the database that you are deleting.</p>
    @required
    relationalDatabaseName: ResourceName

    /// <p>Determines whether a final database snapshot is created before your database is deleted.
    ///       If <code>true</code> is specified, no database snapshot is created. If <code>false</code> is
    ///       specified, a database snapshot is created before your database is deleted.</p>
    ///          <p>You must specify the <code>final relational database snapshot name</code> parameter if the
    ///         <code>skip final snapshot</code> parameter is <code>false</code>.</p>
    ///          <p>Default: <code>false</code>
    ///          </p>
    skipFinalSnapshot: boolean

    /// <p>The name of the database snapshot created if <code>skip final snapshot</code> is
    ///         <code>false</code>, which is the default value for that parameter.</p>
    ///          <note>
    ///             <p>Specifying this parameter and also specifying the <code>skip final snapshot</code>
    ///         parameter to <code>true</code> results in an error.</p>
    ///          </note>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Must contain from 2 to 255 alphanumeric characters, or hyphens.</p>
    ///             </li>
    ///             <li>
    ///                <p>The first and last character must be a letter or number.</p>
    ///             </li>
    ///          </ul>
    finalRelationalDatabaseSnapshotName: ResourceName
}

@output
structure DeleteRelationalDatabaseResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
