// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates one or more Amazon Lightsail instances.</p>
///          <p>The <code>create instances</code> operation supports tag-based access control via request
///       tags. For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateInstances", code: 200)
operation CreateInstances {
    input: CreateInstancesRequest
    output: CreateInstancesResult
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
structure CreateInstancesRequest {
    /// <p>The names to use for your new Lightsail instances. Separate multiple values using
    ///       quotation marks and commas, for example:
    ///       <code>["MyFirstInstance","MySecondInstance"]</code>
    ///          </p>
    @required
    instanceNames: StringList

    /// <p>The Availability Zone in which to create your instance. Use the following format:
    ///         <code>us-east-2a</code> (case sensitive). You can get a list of Availability Zones by using
    ///       the <a href="http://docs.aws.amazon.com/lightsail/2016-11-28/api-reference/API_GetRegions.html">get
    ///         regions</a> operation. Be sure to add the <code>include Availability Zones</code>
    ///       parameter to your request.</p>
    @required
    availabilityZone: string

    /// <p>(Discontinued) The name for your custom image.</p>
    ///          <note>
    ///             <p>In releases prior to June 12, 2017, this parameter was ignored by the API. It is now
    ///         discontinued.</p>
    ///          </note>
    @deprecated
    customImageName: ResourceName

    /// <p>The ID for a virtual private server image (<code>app_wordpress_x_x</code> or
    ///         <code>app_lamp_x_x</code>). Use the <code>get blueprints</code> operation to return a list
    ///       of available images (or <i>blueprints</i>).</p>
    ///          <note>
    ///             <p>Use active blueprints when creating new instances. Inactive blueprints are listed to
    ///         support customers with existing instances and are not necessarily available to create new
    ///         instances. Blueprints are marked inactive when they become outdated due to operating system
    ///         updates or new application releases.</p>
    ///          </note>
    @required
    blueprintId: NonEmptyString

    /// <p>The bundle of specification information for your virtual private server (or
    ///         <i>instance</i>), including the pricing plan (<code>medium_x_x</code>).</p>
    @required
    bundleId: NonEmptyString

    /// <p>A launch script you can create that configures a server with additional user data. For
    ///       example, you might want to run <code>apt-get -y update</code>.</p>
    ///          <note>
    ///             <p>Depending on the machine image you choose, the command to get software on your instance
    ///         varies. Amazon Linux and CentOS use <code>yum</code>, Debian and Ubuntu use
    ///           <code>apt-get</code>, and FreeBSD uses <code>pkg</code>. For a complete list, see the
    ///           <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/compare-options-choose-lightsail-instance-image">Amazon Lightsail Developer Guide</a>.</p>
    ///          </note>
    userData: string

    /// <p>The name of your key pair.</p>
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
}

@output
structure CreateInstancesResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
