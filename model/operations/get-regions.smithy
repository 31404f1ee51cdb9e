// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns a list of all valid regions for Amazon Lightsail. Use the <code>include
///         availability zones</code> parameter to also return the Availability Zones in a
///       region.</p>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetRegions", code: 200)
operation GetRegions {
    input: GetRegionsRequest
    output: GetRegionsResult
    errors: [
        AccessDeniedException
        AccountSetupInProgressException
        InvalidInputException
        NotFoundException
        OperationFailureException
        RegionSetupInProgressException
        ServiceException
        UnauthenticatedException
    ]
}

@input
structure GetRegionsRequest {
    /// <p>A Boolean value indicating whether to also include Availability Zones in your get regions
    ///       request. Availability Zones are indicated with a letter: <code>us-east-2a</code>.</p>
    includeAvailabilityZones: boolean

    /// <p>A Boolean value indicating whether to also include Availability Zones for databases in
    ///       your get regions request. Availability Zones are indicated with a letter
    ///         (<code>us-east-2a</code>).</p>
    includeRelationalDatabaseAvailabilityZones: boolean
}

@output
structure GetRegionsResult {
    /// <p>An array of key-value pairs containing information about your get regions request.</p>
    regions: RegionList
}
