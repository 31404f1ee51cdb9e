// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns the list of available instance images, or <i>blueprints</i>. You can
///       use a blueprint to create a new instance already running a specific operating system, as well
///       as a preinstalled app or development stack. The software each instance is running depends on
///       the blueprint image you choose.</p>
///          <note>
///             <p>Use active blueprints when creating new instances. Inactive blueprints are listed to
///         support customers with existing instances and are not necessarily available to create new
///         instances. Blueprints are marked inactive when they become outdated due to operating system
///         updates or new application releases.</p>
///          </note>
@http(method: "POST", uri: "/ls/api/2016-11-28/GetBlueprints", code: 200)
operation GetBlueprints {
    input: GetBlueprintsRequest
    output: GetBlueprintsResult
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
structure GetBlueprintsRequest {
    /// <p>A Boolean value that indicates whether to include inactive (unavailable) blueprints in the
    ///       response of your request.</p>
    includeInactive: boolean

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>To get a page token, perform an initial <code>GetBlueprints</code> request. If your
    ///       results are paginated, the response will return a next page token that you can specify as the
    ///       page token in a subsequent request.</p>
    pageToken: string

    /// <p>Returns a list of blueprints that are specific to Lightsail for Research.</p>
    ///          <important>
    ///             <p>You must use this parameter to view Lightsail for Research blueprints.</p>
    ///          </important>
    appCategory: AppCategory
}

@output
structure GetBlueprintsResult {
    /// <p>An array of key-value pairs that contains information about the available
    ///       blueprints.</p>
    blueprints: BlueprintList

    /// <p>The token to advance to the next page of results from your request.</p>
    ///          <p>A next page token is not returned if there are no more results to display.</p>
    ///          <p>To get the next page of results, perform another <code>GetBlueprints</code> request and
    ///       specify the next page token using the <code>pageToken</code> parameter.</p>
    nextPageToken: string
}
