// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the deployments for your Amazon Lightsail container service</p>
///          <p>A deployment specifies the settings, such as the ports and launch command, of containers
///       that are deployed to your container service.</p>
///          <p>The deployments are ordered by version in ascending order. The newest version is listed at
///       the top of the response.</p>
///          <note>
///             <p>A set number of deployments are kept before the oldest one is replaced with the newest
///         one. For more information, see <a href="https://docs.aws.amazon.com/general/latest/gr/lightsail.html">Amazon Lightsail
///           endpoints and quotas</a> in the <i>Amazon Web Services General
///           Reference</i>.</p>
///          </note>
@http(method: "GET", uri: "/ls/api/2016-11-28/container-services/{serviceName}/deployments", code: 200)
operation GetContainerServiceDeployments {
    input: GetContainerServiceDeploymentsRequest
    output: GetContainerServiceDeploymentsResult
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
structure GetContainerServiceDeploymentsRequest {
    /// <p>The name of the container service for which to return deployments.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName
}

@output
structure GetContainerServiceDeploymentsResult {
    /// <p>An array of objects that describe deployments for a container service.</p>
    deployments: ContainerServiceDeploymentList
}
