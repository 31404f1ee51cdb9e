// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes your Amazon Lightsail container service.</p>
@http(method: "DELETE", uri: "/ls/api/2016-11-28/container-services/{serviceName}", code: 204)
operation DeleteContainerService {
    input: DeleteContainerServiceRequest
    output: DeleteContainerServiceResult
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
structure DeleteContainerServiceRequest {
    /// <p>The name of the container service to delete.</p>
    @httpLabel
    @required
    serviceName: ContainerServiceName
}

@output
structure DeleteContainerServiceResult {}
