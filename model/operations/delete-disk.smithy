// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes the specified block storage disk. The disk must be in the <code>available</code>
///       state (not attached to a Lightsail instance).</p>
///          <note>
///             <p>The disk may remain in the <code>deleting</code> state for several minutes.</p>
///          </note>
///          <p>The <code>delete disk</code> operation supports tag-based access control via resource tags
///       applied to the resource identified by <code>disk name</code>. For more information, see the
///         <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteDisk", code: 200)
operation DeleteDisk {
    input: DeleteDiskRequest
    output: DeleteDiskResult
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
structure DeleteDiskRequest {
    /// <p>The unique name of the disk you want to delete (<code>my-disk</code>).</p>
    @required
    diskName: ResourceName

    /// <p>A Boolean value to indicate whether to delete all add-ons for the disk.</p>
    forceDeleteAddOns: boolean
}

@output
structure DeleteDiskResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
