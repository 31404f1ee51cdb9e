// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Detaches a stopped block storage disk from a Lightsail instance. Make sure to unmount
///       any file systems on the device within your operating system before stopping the instance and
///       detaching the disk.</p>
///          <p>The <code>detach disk</code> operation supports tag-based access control via resource tags
///       applied to the resource identified by <code>disk name</code>. For more information, see the
///         <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DetachDisk", code: 200)
operation DetachDisk {
    input: DetachDiskRequest
    output: DetachDiskResult
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
structure DetachDiskRequest {
    /// <p>The unique name of the disk you want to detach from your instance
    ///       (<code>my-disk</code>).</p>
    @required
    diskName: ResourceName
}

@output
structure DetachDiskResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
