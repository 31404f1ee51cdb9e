// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Attaches a block storage disk to a running or stopped Lightsail instance and exposes it
///       to the instance with the specified disk name.</p>
///          <p>The <code>attach disk</code> operation supports tag-based access control via resource tags
///       applied to the resource identified by <code>disk name</code>. For more information, see the
///         <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/AttachDisk", code: 200)
operation AttachDisk {
    input: AttachDiskRequest
    output: AttachDiskResult
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
structure AttachDiskRequest {
    /// <p>The unique Lightsail disk name (<code>my-disk</code>).</p>
    @required
    diskName: ResourceName

    /// <p>The name of the Lightsail instance where you want to utilize the storage disk.</p>
    @required
    instanceName: ResourceName

    /// <p>The disk path to expose to the instance (<code>/dev/xvdf</code>).</p>
    @required
    diskPath: NonEmptyString

    /// <p>A Boolean value used to determine the automatic mounting of a storage volume to a virtual
    ///       computer. The default value is <code>False</code>.</p>
    ///          <important>
    ///             <p>This value only applies to Lightsail for Research resources.</p>
    ///          </important>
    autoMounting: boolean
}

@output
structure AttachDiskResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
