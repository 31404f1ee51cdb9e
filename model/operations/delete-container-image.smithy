// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes a container image that is registered to your Amazon Lightsail container
///       service.</p>
@http(method: "DELETE", uri: "/ls/api/2016-11-28/container-services/{serviceName}/images/{image}", code: 204)
operation DeleteContainerImage {
    input: DeleteContainerImageRequest
    output: DeleteContainerImageResult
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
structure DeleteContainerImageRequest {
    /// <p>The name of the container service for which to delete a registered container image.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName

    /// <p>The name of the container image to delete from the container service.</p>
    ///          <p>Use the <code>GetContainerImages</code> action to get the name of the container images
    ///       that are registered to a container service.</p>
    ///          <note>
    ///             <p>Container images sourced from your Lightsail container service, that are registered
    ///         and stored on your service, start with a colon (<code>:</code>). For example,
    ///           <code>:container-service-1.mystaticwebsite.1</code>. Container images sourced from a
    ///         public registry like Docker Hub don't start with a colon. For example,
    ///           <code>nginx:latest</code> or <code>nginx</code>.</p>
    ///          </note>
    @httpLabel
    @required
    image: string
}

@output
structure DeleteContainerImageResult {}
