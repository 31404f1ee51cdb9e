// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about one or more of your Amazon Lightsail container services.</p>
@http(method: "GET", uri: "/ls/api/2016-11-28/container-services", code: 200)
operation GetContainerServices {
    input: GetContainerServicesRequest
    output: ContainerServicesListResult
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
structure GetContainerServicesRequest {
    /// <p>The name of the container service for which to return information.</p>
    ///          <p>When omitted, the response includes all of your container services in the Amazon Web Services Region where the request is made.</p>
    @httpQuery("serviceName")
    serviceName: ContainerServiceName
}

@output
structure ContainerServicesListResult {
    /// <p>An array of objects that describe one or more container services.</p>
    containerServices: ContainerServiceList
}
