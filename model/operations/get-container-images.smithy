// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the container images that are registered to your Amazon Lightsail container
///       service.</p>
///          <note>
///             <p>If you created a deployment on your Lightsail container service that uses container
///         images from a public registry like Docker Hub, those images are not returned as part of this
///         action. Those images are not registered to your Lightsail container service.</p>
///          </note>
@http(method: "GET", uri: "/ls/api/2016-11-28/container-services/{serviceName}/images", code: 200)
operation GetContainerImages {
    input: GetContainerImagesRequest
    output: GetContainerImagesResult
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
structure GetContainerImagesRequest {
    /// <p>The name of the container service for which to return registered container images.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName
}

@output
structure GetContainerImagesResult {
    /// <p>An array of objects that describe container images that are registered to the container
    ///       service.</p>
    containerImages: ContainerImageList
}
