// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Registers a container image to your Amazon Lightsail container service.</p>
///          <note>
///             <p>This action is not required if you install and use the Lightsail Control
///         (lightsailctl) plugin to push container images to your Lightsail container service. For
///         more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-pushing-container-images">Pushing and managing container images on your Amazon Lightsail container services</a>
///         in the <i>Amazon Lightsail Developer Guide</i>.</p>
///          </note>
@http(method: "POST", uri: "/ls/api/2016-11-28/container-services/{serviceName}/images", code: 200)
operation RegisterContainerImage {
    input: RegisterContainerImageRequest
    output: RegisterContainerImageResult
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
structure RegisterContainerImageRequest {
    /// <p>The name of the container service for which to register a container image.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName

    /// <p>The label for the container image when it's registered to the container service.</p>
    ///          <p>Use a descriptive label that you can use to track the different versions of your
    ///       registered container images.</p>
    ///          <p>Use the <code>GetContainerImages</code> action to return the container images registered
    ///       to a Lightsail container service. The label is the <code><imagelabel></code> portion
    ///       of the following image name example:</p>
    ///          <ul>
    ///             <li>
    ///                <p>
    ///                   <code>:container-service-1.<imagelabel>.1</code>
    ///                </p>
    ///             </li>
    ///          </ul>
    ///          <p>If the name of your container service is <code>mycontainerservice</code>, and the label
    ///       that you specify is <code>mystaticwebsite</code>, then the name of the registered container
    ///       image will be <code>:mycontainerservice.mystaticwebsite.1</code>.</p>
    ///          <p>The number at the end of these image name examples represents the version of the
    ///       registered container image. If you push and register another container image to the same
    ///       Lightsail container service, with the same label, then the version number for the new
    ///       registered container image will be <code>2</code>. If you push and register another container
    ///       image, the version number will be <code>3</code>, and so on.</p>
    @required
    label: ContainerLabel

    /// <p>The digest of the container image to be registered.</p>
    @required
    digest: string
}

@output
structure RegisterContainerImageResult {
    /// <p>An object that describes a container image that is registered to a Lightsail container
    ///       service</p>
    containerImage: ContainerImage
}
