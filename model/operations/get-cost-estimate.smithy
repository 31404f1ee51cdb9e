// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Retrieves information about the cost estimate for a specified resource. A cost estimate
///       will not generate for a resource that has been deleted.</p>
@http(method: "POST", uri: "/budgettracker/getCostEstimate", code: 200)
operation GetCostEstimate {
    input: GetCostEstimateRequest
    output: GetCostEstimateResult
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
structure GetCostEstimateRequest {
    /// <p>The resource name.</p>
    @required
    resourceName: ResourceName

    /// <p>The cost estimate start time.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Specified in Coordinated Universal Time (UTC).</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in the Unix time format.</p>
    ///                <p>For example, if you want to use a start time of October 1, 2018, at 8 PM UTC, specify
    ///             <code>1538424000</code> as the start time.</p>
    ///             </li>
    ///          </ul>
    ///          <p>You can convert a human-friendly time to Unix time format using a converter like <a href="https://www.epochconverter.com/">Epoch converter</a>.</p>
    @required
    startTime: IsoDate

    /// <p>The cost estimate end time.</p>
    ///          <p>Constraints:</p>
    ///          <ul>
    ///             <li>
    ///                <p>Specified in Coordinated Universal Time (UTC).</p>
    ///             </li>
    ///             <li>
    ///                <p>Specified in the Unix time format.</p>
    ///                <p>For example, if you want to use an end time of October 1, 2018, at 9 PM UTC, specify
    ///             <code>1538427600</code> as the end time.</p>
    ///             </li>
    ///          </ul>
    ///          <p>You can convert a human-friendly time to Unix time format using a converter like <a href="https://www.epochconverter.com/">Epoch converter</a>.</p>
    @required
    endTime: IsoDate
}

@output
structure GetCostEstimateResult {
    /// <p>Returns the estimate's forecasted cost or usage.</p>
    resourcesBudgetEstimate: ResourcesBudgetEstimate
}
