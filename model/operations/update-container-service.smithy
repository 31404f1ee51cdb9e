// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Updates the configuration of your Amazon Lightsail container service, such as its power,
///       scale, and public domain names.</p>
@http(method: "PATCH", uri: "/ls/api/2016-11-28/container-services/{serviceName}", code: 200)
operation UpdateContainerService {
    input: UpdateContainerServiceRequest
    output: UpdateContainerServiceResult
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
structure UpdateContainerServiceRequest {
    /// <p>The name of the container service to update.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName

    /// <p>The power for the container service.</p>
    ///          <p>The power specifies the amount of memory, vCPUs, and base monthly cost of each node of the
    ///       container service. The <code>power</code> and <code>scale</code> of a container service makes
    ///       up its configured capacity. To determine the monthly price of your container service, multiply
    ///       the base price of the <code>power</code> with the <code>scale</code> (the number of nodes) of
    ///       the service.</p>
    ///          <p>Use the <code>GetContainerServicePowers</code> action to view the specifications of each
    ///       power option.</p>
    power: ContainerServicePowerName

    /// <p>The scale for the container service.</p>
    ///          <p>The scale specifies the allocated compute nodes of the container service. The
    ///         <code>power</code> and <code>scale</code> of a container service makes up its configured
    ///       capacity. To determine the monthly price of your container service, multiply the base price of
    ///       the <code>power</code> with the <code>scale</code> (the number of nodes) of the
    ///       service.</p>
    scale: ContainerServiceScale

    /// <p>A Boolean value to indicate whether the container service is disabled.</p>
    isDisabled: boolean

    /// <p>The public domain names to use with the container service, such as
    ///         <code>example.com</code> and <code>www.example.com</code>.</p>
    ///          <p>You can specify up to four public domain names for a container service. The domain names
    ///       that you specify are used when you create a deployment with a container configured as the
    ///       public endpoint of your container service.</p>
    ///          <p>If you don't specify public domain names, then you can use the default domain of the
    ///       container service.</p>
    ///          <important>
    ///             <p>You must create and validate an SSL/TLS certificate before you can use public domain
    ///         names with your container service. Use the <code>CreateCertificate</code> action to create a
    ///         certificate for the public domain names you want to use with your container service.</p>
    ///          </important>
    ///          <p>You can specify public domain names using a string to array map as shown in the example
    ///       later on this page.</p>
    publicDomainNames: ContainerServicePublicDomains

    /// <p>An object to describe the configuration for the container service to access private
    ///       container image repositories, such as Amazon Elastic Container Registry (Amazon ECR) private
    ///       repositories.</p>
    ///          <p>For more information, see <a href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-container-service-ecr-private-repo-access">Configuring access to an Amazon ECR private repository for an Amazon Lightsail container service</a> in the <i>Amazon Lightsail Developer Guide</i>.</p>
    privateRegistryAccess: PrivateRegistryAccessRequest
}

@output
structure UpdateContainerServiceResult {
    /// <p>An object that describes a container service.</p>
    containerService: ContainerService
}
