// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes your Amazon Lightsail content delivery network (CDN) distribution.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/DeleteDistribution", code: 200)
operation DeleteDistribution {
    input: DeleteDistributionRequest
    output: DeleteDistributionResult
    errors: [
        AccessDeniedException
        InvalidInputException
        NotFoundException
        OperationFailureException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure DeleteDistributionRequest {
    /// <p>The name of the distribution to delete.</p>
    ///          <p>Use the <code>GetDistributions</code> action to get a list of distribution names that you
    ///       can specify.</p>
    distributionName: ResourceName
}

@output
structure DeleteDistributionResult {
    /// <p>An object that describes the result of the action, such as the status of the request, the
    ///       timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
