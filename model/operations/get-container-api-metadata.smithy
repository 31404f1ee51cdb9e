// Written by `smithy-gen model-update` from lightsail-2016-11-28.json.
// The next update rewrites this file: put the project's own changes in additions.smithy.

$version: "2.0"

namespace com.amazonaws.lightsail

/// <p>Returns information about Amazon Lightsail containers, such as the current version of the
///       Lightsail Control (lightsailctl) plugin.</p>
@http(method: "GET", uri: "/ls/api/2016-11-28/container-api-metadata", code: 200)
operation GetContainerAPIMetadata {
    input: GetContainerAPIMetadataRequest
    output: GetContainerAPIMetadataResult
    errors: [AccessDeniedException, RegionSetupInProgressException, ServiceException, UnauthenticatedException]
}

@input
structure GetContainerAPIMetadataRequest {}

@output
structure GetContainerAPIMetadataResult {
    /// <p>Metadata about Lightsail containers, such as the current version of the Lightsail
    ///       Control (lightsailctl) plugin.</p>
    metadata: ContainerServiceMetadataEntryList
}
