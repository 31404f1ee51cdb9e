// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Sets the Amazon Lightsail resources that can access the specified Lightsail
///       bucket.</p>
///          <p>Lightsail buckets currently support setting access for Lightsail instances in the same
///         Amazon Web Services Region.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/SetResourceAccessForBucket", code: 200)
operation SetResourceAccessForBucket {
    input: SetResourceAccessForBucketRequest
    output: SetResourceAccessForBucketResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure SetResourceAccessForBucketRequest {
    /// <p>The name of the Lightsail instance for which to set bucket access. The instance must be
    ///       in a running or stopped state.</p>
    @required
    resourceName: ResourceName

    /// <p>The name of the bucket for which to set access to another Lightsail resource.</p>
    @required
    bucketName: BucketName

    /// <p>The access setting.</p>
    ///          <p>The following access settings are available:</p>
    ///          <ul>
    ///             <li>
    ///                <p>
    ///                   <code>allow</code> - Allows access to the bucket and its objects.</p>
    ///             </li>
    ///             <li>
    ///                <p>
    ///                   <code>deny</code> - Denies access to the bucket and its objects. Use this setting to
    ///           remove access for a resource previously set to <code>allow</code>.</p>
    ///             </li>
    ///          </ul>
    @required
    access: ResourceBucketAccess
}

@output
structure SetResourceAccessForBucketResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
