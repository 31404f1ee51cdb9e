// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a new database from an existing database snapshot in Amazon Lightsail.</p>
///          <p>You can create a new database from a snapshot in if something goes wrong with your
///       original database, or to change it to a different plan, such as a high availability or
///       standard plan.</p>
///          <p>The <code>create relational database from snapshot</code> operation supports tag-based
///       access control via request tags and resource tags applied to the resource identified by
///       relationalDatabaseSnapshotName. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateRelationalDatabaseFromSnapshot", code: 200)
operation CreateRelationalDatabaseFromSnapshot {
    input: CreateRelationalDatabaseFromSnapshotRequest
    output: CreateRelationalDatabaseFromSnapshotResult
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
structure CreateRelationalDatabaseFromSnapshotRequest {
    /// <p>The name to use for your new Lightsail database resource.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Must contain from 2 to 255 alphanumeric characters, or hyphens.</p>
    ///             </li>
    ///             <li>
    ///                <p>The first and last character must be a letter or number.</p>
    ///             </li>
    ///          </ul>
    @required
    relationalDatabaseName: ResourceName

    /// <p>The Availability Zone in which to create your new database. Use the
    ///         <code>us-east-2a</code> case-sensitive format.</p>
    ///          <p>You can get a list of Availability Zones by using the <code>get regions</code> operation.
    ///       Be sure to add the <code>include relational database Availability Zones</code> parameter to
    ///       your request.</p>
    availabilityZone: string

    /// <p>Specifies the accessibility options for your new database. A value of <code>true</code>
    ///       specifies a database that is available to resources outside of your Lightsail account. A
    ///       value of <code>false</code> specifies a database that is available only to your Lightsail
    ///       resources in the same region as your database.</p>
    publiclyAccessible: boolean

    /// <p>The name of the database snapshot from which to create your new database.</p>
    relationalDatabaseSnapshotName: ResourceName

    /// <p>The bundle ID for your new database. A bundle describes the performance specifications for
    ///       your database.</p>
    ///          <p>You can get a list of database bundle IDs by using the <code>get relational database
    ///         bundles</code> operation.</p>
    ///          <p>When creating a new database from a snapshot, you cannot choose a bundle that is smaller
    ///       than the bundle of the source database.</p>
    relationalDatabaseBundleId: string

    /// <p>The name of the source database.</p>
    sourceRelationalDatabaseName: ResourceName

    /// <p>The date and time to restore your database from.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Must be before the latest restorable time for the database.</p>
    ///             </li>
    ///             <li>
    ///                <p>Cannot be specified if the <code>use latest restorable time</code> parameter is
    ///             <code>true</code>.</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in Coordinated Universal Time (UTC).</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in the Unix time format.</p>
    ///                <p>For example, if you wish to use a restore time of October 1, 2018, at 8 PM UTC, then
    ///           you input <code>1538424000</code> as the restore time.</p>
    ///             </li>
    ///          </ul>
    restoreTime: IsoDate

    /// <p>Specifies whether your database is restored from the latest backup time. A value of
    ///         <code>true</code> restores from the latest backup time. </p>
    ///          <p>Default: <code>false</code>
    ///          </p>
    ///          <p>Constraints: Cannot be specified if the <code>restore time</code> parameter is
    ///       provided.</p>
    useLatestRestorableTime: boolean

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList
}

@output
structure CreateRelationalDatabaseFromSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
