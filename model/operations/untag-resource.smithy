// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes the specified set of tag keys and their values from the specified Amazon Lightsail
///       resource.</p>
///          <p>The <code>untag resource</code> operation supports tag-based access control via request
///       tags and resource tags applied to the resource identified by <code>resource name</code>. For
///       more information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UntagResource", code: 200)
operation UntagResource {
    input: UntagResourceRequest
    output: UntagResourceResult
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
structure UntagResourceRequest {
    /// <p>The name of the resource from which you are removing a tag.</p>
    @required
    resourceName: ResourceName

    /// <p>The Amazon Resource Name (ARN) of the resource from which you want to remove a tag.</p>
    resourceArn: ResourceArn

    /// <p>The tag keys to delete from the specified resource.</p>
    @required
    tagKeys: TagKeyList
}

@output
structure UntagResourceResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
