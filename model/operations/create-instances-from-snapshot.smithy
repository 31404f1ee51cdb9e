// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates one or more new instances from a manual or automatic snapshot of an
///       instance.</p>
///          <p>The <code>create instances from snapshot</code> operation supports tag-based access
///       control via request tags and resource tags applied to the resource identified by
///         <code>instance snapshot name</code>. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateInstancesFromSnapshot", code: 200)
operation CreateInstancesFromSnapshot {
    input: CreateInstancesFromSnapshotRequest
    output: CreateInstancesFromSnapshotResult
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
structure CreateInstancesFromSnapshotRequest {
    /// <p>The names for your new instances.</p>
    @required
    instanceNames: StringList

    /// <p>An object containing information about one or more disk mappings.</p>
    attachedDiskMapping: AttachedDiskMap

    /// <p>The Availability Zone where you want to create your instances. Use the following
    ///       formatting: <code>us-east-2a</code> (case sensitive). You can get a list of Availability Zones
    ///       by using the <a href="http://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRegions.html">get
    ///         regions</a> operation. Be sure to add the <code>include Availability Zones</code>
    ///       parameter to your request.</p>
    @required
    availabilityZone: string

    /// <p>The name of the instance snapshot on which you are basing your new instances. Use the get
    ///       instance snapshots operation to return information about your existing snapshots.</p>
    ///          <p>Constraint:</p>
    ///          <ul>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>source instance name</code>
    ///           parameter. The <code>instance snapshot name</code> and <code>source instance name</code>
    ///           parameters are mutually exclusive.</p>
    ///             </li>
    ///          </ul>
    instanceSnapshotName: ResourceName

    /// <p>The bundle of specification information for your virtual private server (or
    ///         <i>instance</i>), including the pricing plan (<code>micro_x_x</code>).</p>
    @required
    bundleId: NonEmptyString

    /// <p>You can create a launch script that configures a server with additional user data. For
    ///       example, <code>apt-get -y update</code>.</p>
    ///          <note>
    ///             <p>Depending on the machine image you choose, the command to get software on your instance
    ///         varies. Amazon Linux and CentOS use <code>yum</code>, Debian and Ubuntu use
    ///           <code>apt-get</code>, and FreeBSD uses <code>pkg</code>. For a complete list, see the
    ///           <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/compare-options-choose-lightsail-instance-image">Amazon Lightsail Developer Guide</a>.</p>
    ///          </note>
    userData: string

    /// <p>The name for your key pair.</p>
    keyPairName: ResourceName

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList

    /// <p>An array of objects representing the add-ons to enable for the new instance.</p>
    addOns: AddOnRequestList

    /// <p>The IP address type for the instance.</p>
    ///          <p>The possible values are <code>ipv4</code> for IPv4 only, <code>ipv6</code> for IPv6 only,
    ///       and <code>dualstack</code> for IPv4 and IPv6.</p>
    ///          <p>The default value is <code>dualstack</code>.</p>
    ipAddressType: IpAddressType

    /// <p>The name of the source instance from which the source automatic snapshot was
    ///       created.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>instance snapshot name</code>
    ///           parameter. The <code>source instance name</code> and <code>instance snapshot name</code>
    ///           parameters are mutually exclusive.</p>
    ///             </li>
    ///             <li>
    ///                <p>Define this parameter only when creating a new instance from an automatic snapshot.
    ///           For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    sourceInstanceName: string

    /// <p>The date of the automatic snapshot to use for the new instance. Use the <code>get auto
    ///         snapshots</code> operation to identify the dates of the available automatic
    ///       snapshots.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Must be specified in <code>YYYY-MM-DD</code> format.</p>
    ///             </li>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>use latest restorable auto
    ///             snapshot</code> parameter. The <code>restore date</code> and <code>use latest restorable
    ///             auto snapshot</code> parameters are mutually exclusive.</p>
    ///             </li>
    ///             <li>
    ///                <p>Define this parameter only when creating a new instance from an automatic snapshot.
    ///           For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    restoreDate: string

    /// <p>A Boolean value to indicate whether to use the latest available automatic snapshot.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>This parameter cannot be defined together with the <code>restore date</code>
    ///           parameter. The <code>use latest restorable auto snapshot</code> and <code>restore
    ///             date</code> parameters are mutually exclusive.</p>
    ///             </li>
    ///             <li>
    ///                <p>Define this parameter only when creating a new instance from an automatic snapshot.
    ///           For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-configuring-automatic-snapshots">Amazon Lightsail Developer Guide</a>.</p>
    ///             </li>
    ///          </ul>
    useLatestRestorableAutoSnapshot: boolean
}

@output
structure CreateInstancesFromSnapshotResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
