// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about a specific block storage disk.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetDisk", code: 200)
operation GetDisk {
    input: GetDiskRequest
    output: GetDiskResult
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
structure GetDiskRequest {
    /// <p>The name of the disk (<code>my-disk</code>).</p>
    @required
    diskName: ResourceName
}

@output
structure GetDiskResult {
    /// <p>An object containing information about the disk.</p>
    disk: Disk
}
