// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Deletes currently cached content from your Amazon Lightsail content delivery network (CDN)
///       distribution.</p>
///          <p>After resetting the cache, the next time a content request is made, your distribution
///       pulls, serves, and caches it from the origin.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/ResetDistributionCache", code: 200)
operation ResetDistributionCache {
    input: ResetDistributionCacheRequest
    output: ResetDistributionCacheResult
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
structure ResetDistributionCacheRequest {
    /// <p>The name of the distribution for which to reset cache.</p>
    ///          <p>Use the <code>GetDistributions</code> action to get a list of distribution names that you
    ///       can specify.</p>
    distributionName: ResourceName
}

@output
structure ResetDistributionCacheResult {
    /// <p>The status of the reset cache request.</p>
    status: string

    /// <p>The timestamp of the reset cache request (<code>1479734909.17</code>) in Unix time
    ///       format.</p>
    createTime: IsoDate

    /// <p>An array of objects that describe the result of the action, such as the status of the
    ///       request, the timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
