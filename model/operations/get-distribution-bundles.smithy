// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the bundles that can be applied to your Amazon Lightsail content delivery network
///       (CDN) distributions.</p>
///          <p>A distribution bundle specifies the monthly network transfer quota and monthly cost of
///       your distribution.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetDistributionBundles", code: 200)
operation GetDistributionBundles {
    input: GetDistributionBundlesRequest
    output: GetDistributionBundlesResult
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
structure GetDistributionBundlesRequest {}

@output
structure GetDistributionBundlesResult {
    /// <p>An object that describes a distribution bundle.</p>
    bundles: DistributionBundleList
}
