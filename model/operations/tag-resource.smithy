// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Adds one or more tags to the specified Amazon Lightsail resource. Each resource can have a
///       maximum of 50 tags. Each tag consists of a key and an optional value. Tag keys must be unique
///       per resource. For more information about tags, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags">Amazon Lightsail Developer Guide</a>.</p>
///          <p>The <code>tag resource</code> operation supports tag-based access control via request tags
///       and resource tags applied to the resource identified by <code>resource name</code>. For more
///       information, see the <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-controlling-access-using-tags">Amazon Lightsail Developer Guide</a>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/TagResource", code: 200)
operation TagResource {
    input: TagResourceRequest
    output: TagResourceResult
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
structure TagResourceRequest {
    /// <p>The name of the resource to which you are adding tags.</p>
    @required
    resourceName: ResourceName

    /// <p>The Amazon Resource Name (ARN) of the resource to which you want to add a tag.</p>
    resourceArn: ResourceArn

    /// <p>The tag key and optional value.</p>
    @required
    tags: TagList
}

@output
structure TagResourceResult {
    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operations: OperationList
}
