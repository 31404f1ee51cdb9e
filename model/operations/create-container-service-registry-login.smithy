// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Creates a temporary set of log in credentials that you can use to log in to the Docker
///       process on your local machine. After you're logged in, you can use the native Docker commands
///       to push your local container images to the container image registry of your Amazon Lightsail
///       account so that you can use them with your Lightsail container service. The log in
///       credentials expire 12 hours after they are created, at which point you will need to create a
///       new set of log in credentials.</p>
///          <note>
///             <p>You can only push container images to the container service registry of your Lightsail
///         account. You cannot pull container images or perform any other container image management
///         actions on the container service registry.</p>
///          </note>
///          <p>After you push your container images to the container image registry of your Lightsail
///       account, use the <code>RegisterContainerImage</code> action to register the pushed images to a
///       specific Lightsail container service.</p>
///          <note>
///             <p>This action is not required if you install and use the Lightsail Control
///         (lightsailctl) plugin to push container images to your Lightsail container service. For
///         more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-pushing-container-images">Pushing and managing container images on your Amazon Lightsail container services</a>
///         in the <i>Amazon Lightsail Developer Guide</i>.</p>
///          </note>
@http(method: "POST", uri: "/ls/api/2016-11-28/container-registry-login", code: 200)
operation CreateContainerServiceRegistryLogin {
    input: CreateContainerServiceRegistryLoginRequest
    output: CreateContainerServiceRegistryLoginResult
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
structure CreateContainerServiceRegistryLoginRequest {}

@output
structure CreateContainerServiceRegistryLoginResult {
    /// <p>An object that describes the log in information for the container service registry of your
    ///       Lightsail account.</p>
    registryLogin: ContainerServiceRegistryLogin
}
