// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Updates the bundle of your Amazon Lightsail content delivery network (CDN)
///       distribution.</p>
///          <p>A distribution bundle specifies the monthly network transfer quota and monthly cost of
///       your distribution.</p>
///          <p>Update your distribution's bundle if your distribution is going over its monthly network
///       transfer quota and is incurring an overage fee.</p>
///          <p>You can update your distribution's bundle only one time within your monthly Amazon Web Services billing cycle. To determine if you can update your distribution's bundle, use the
///         <code>GetDistributions</code> action. The <code>ableToUpdateBundle</code> parameter in the
///       result will indicate whether you can currently update your distribution's bundle.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/UpdateDistributionBundle", code: 200)
operation UpdateDistributionBundle {
    input: UpdateDistributionBundleRequest
    output: UpdateDistributionBundleResult
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
structure UpdateDistributionBundleRequest {
    /// <p>The name of the distribution for which to update the bundle.</p>
    ///          <p>Use the <code>GetDistributions</code> action to get a list of distribution names that you
    ///       can specify.</p>
    distributionName: ResourceName

    /// <p>The bundle ID of the new bundle to apply to your distribution.</p>
    ///          <p>Use the <code>GetDistributionBundles</code> action to get a list of distribution bundle
    ///       IDs that you can specify.</p>
    bundleId: string
}

@output
structure UpdateDistributionBundleResult {
    /// <p>An object that describes the result of the action, such as the status of the request, the
    ///       timestamp of the request, and the resources affected by the request.</p>
    operation: Operation
}
