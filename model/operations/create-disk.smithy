// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a block storage disk that can be attached to an Amazon Lightsail instance in the
///       same Availability Zone (<code>us-east-2a</code>).</p>
///          <p>The <code>create disk</code> operation supports tag-based access control via request tags.
///       For more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/CreateDisk", code: 200)
operation CreateDisk {
    input: CreateDiskRequest
    output: CreateDiskResult
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
structure CreateDiskRequest {
    /// <p>The unique Lightsail disk name (<code>my-disk</code>).</p>
    @required
    diskName: ResourceName

    /// <p>The Availability Zone where you want to create the disk (<code>us-east-2a</code>). Use the
    ///       same Availability Zone as the Lightsail instance to which you want to attach the
    ///       disk.</p>
    ///          <p>Use the <code>get regions</code> operation to list the Availability Zones where
    ///       Lightsail is currently available.</p>
    @required
    availabilityZone: NonEmptyString

    /// <p>The size of the disk in GB (<code>32</code>).</p>
    @required
    sizeInGb: integer

    /// <p>The tag keys and optional values to add to the resource during create.</p>
    ///          <p>Use the <code>TagResource</code> action to tag a resource after it's created.</p>
    tags: TagList

    /// <p>An array of objects that represent the add-ons to enable for the new disk.</p>
    addOns: AddOnRequestList
}

@output
structure CreateDiskResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
