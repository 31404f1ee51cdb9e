// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the timestamp and status of the last cache reset of a specific Amazon Lightsail
///       content delivery network (CDN) distribution.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetDistributionLatestCacheReset", code: 200)
operation GetDistributionLatestCacheReset {
    input: GetDistributionLatestCacheResetRequest
    output: GetDistributionLatestCacheResetResult
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
structure GetDistributionLatestCacheResetRequest {
    /// <p>The name of the distribution for which to return the timestamp of the last cache
    ///       reset.</p>
    ///          <p>Use the <code>GetDistributions</code> action to get a list of distribution names that you
    ///       can specify.</p>
    ///          <p>When omitted, the response includes the latest cache reset timestamp of all your
    ///       distributions.</p>
    distributionName: ResourceName
}

@output
structure GetDistributionLatestCacheResetResult {
    /// <p>The status of the last cache reset.</p>
    status: string

    /// <p>The timestamp of the last cache reset (<code>1479734909.17</code>) in Unix time
    ///       format.</p>
    createTime: IsoDate
}
