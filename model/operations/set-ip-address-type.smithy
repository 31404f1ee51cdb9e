// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Sets the IP address type for an Amazon Lightsail resource.</p>
///          <p>Use this action to enable dual-stack for a resource, which enables IPv4 and IPv6 for the
///       specified resource. Alternately, you can use this action to disable dual-stack, and enable
///       IPv4 only.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/SetIpAddressType", code: 200)
operation SetIpAddressType {
    input: SetIpAddressTypeRequest
    output: SetIpAddressTypeResult
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
structure SetIpAddressTypeRequest {
    /// <p>The resource type.</p>
    ///          <p>The resource values are <code>Distribution</code>, <code>Instance</code>, and
    ///         <code>LoadBalancer</code>.</p>
    ///          <note>
    ///             <p>Distribution-related APIs are available only in the N. Virginia (<code>us-east-1</code>)
    ///           Amazon Web Services Region. Set your Amazon Web Services Region configuration to
    ///           <code>us-east-1</code> to create, view, or edit distributions.</p>
    ///          </note>
    @required
    resourceType: ResourceType

    /// <p>The name of the resource for which to set the IP address type.</p>
    @required
    resourceName: ResourceName

    /// <p>The IP address type to set for the specified resource.</p>
    ///          <p>The possible values are <code>ipv4</code> for IPv4 only, <code>ipv6</code> for IPv6 only,
    ///       and <code>dualstack</code> for IPv4 and IPv6.</p>
    @required
    ipAddressType: IpAddressType

    /// <p>Required parameter to accept the instance bundle update when changing to, and from,
    ///       IPv6-only.</p>
    ///          <note>
    ///             <p>An instance bundle will change when switching from <code>dual-stack</code> or
    ///           <code>ipv4</code>, to <code>ipv6</code>. It also changes when switching from
    ///           <code>ipv6</code>, to <code>dual-stack</code> or <code>ipv4</code>.</p>
    ///             <p>You must include this parameter in the command to update the bundle. For example, if you
    ///         switch from <code>dual-stack</code> to <code>ipv6</code>, the bundle will be updated, and
    ///         billing for the IPv6-only instance bundle begins immediately.</p>
    ///          </note>
    acceptBundleUpdate: boolean
}

@output
structure SetIpAddressTypeResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
