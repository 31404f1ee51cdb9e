// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a deployment for your Amazon Lightsail container service.</p>
///          <p>A deployment specifies the containers that will be launched on the container service and
///       their settings, such as the ports to open, the environment variables to apply, and the launch
///       command to run. It also specifies the container that will serve as the public endpoint of the
///       deployment and its settings, such as the HTTP or HTTPS port to use, and the health check
///       configuration.</p>
///          <p>You can deploy containers to your container service using container images from a public
///       registry such as Amazon ECR Public, or from your local machine. For more information, see
///         <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-creating-container-images">Creating container images for your Amazon Lightsail container services</a> in the
///         <i>Amazon Lightsail Developer Guide</i>.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/container-services/{serviceName}/deployments", code: 201)
operation CreateContainerServiceDeployment {
    input: CreateContainerServiceDeploymentRequest
    output: CreateContainerServiceDeploymentResult
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
structure CreateContainerServiceDeploymentRequest {
    /// <p>The name of the container service for which to create the deployment.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName

    /// <p>An object that describes the settings of the containers that will be launched on the
    ///       container service.</p>
    containers: ContainerMap

    /// <p>An object that describes the settings of the public endpoint for the container
    ///       service.</p>
    publicEndpoint: EndpointRequest
}

@output
structure CreateContainerServiceDeploymentResult {
    /// <p>An object that describes a container service.</p>
    containerService: ContainerService
}
