/** Trait definitions of `aws.api`: service metadata, ARNs, endpoint discovery, data classification. */
export const AWS_API = String.raw`$version: "2.0"

namespace aws.api

@trait(selector: "service")
structure service {
    @required
    sdkId: String
    arnNamespace: ArnNamespace
    cloudFormationName: CloudFormationName
    cloudTrailEventSource: String
    docId: String
    endpointPrefix: String
    cloudWatchNamespace: CloudWatchMetricNamespace
}

@private
@pattern("^[a-z0-9.\\-]{1,63}$")
string ArnNamespace

@private
@pattern("^[A-Z][A-Za-z0-9]+$")
string CloudFormationName

@private
@pattern("^[^:].*$")
@length(min: 1, max: 255)
string CloudWatchMetricNamespace

@trait(selector: "resource")
structure arn {
    @required
    template: String
    absolute: Boolean
    noRegion: Boolean
    noAccount: Boolean
    resourceDelimiter: ResourceDelimiter
    reusable: Boolean
}

@private
enum ResourceDelimiter {
    FORWARD_SLASH = "/"
    COLON = ":"
}

@trait(selector: "string")
structure arnReference {
    type: String
    resource: String
    service: String
}

@trait(selector: "blob[trait|streaming]")
structure awsChunked {}

@trait(selector: "operation")
structure clientDiscoveredEndpoint {
    @required
    required: Boolean
}

@trait(selector: "service")
structure clientEndpointDiscovery {
    @required
    @idRef(failWhenMissing: true, selector: "operation")
    operation: String
    @recommended
    @idRef(failWhenMissing: true, selector: "structure[trait|error]")
    error: String
}

@trait(selector: "operation[trait|aws.api#clientDiscoveredEndpoint] -[input]-> structure > :test(member[trait|required] > string)")
structure clientEndpointDiscoveryId {}

@trait(selector: ":test(service, resource, operation)", conflicts: ["aws.api#dataPlane"])
structure controlPlane {}

@trait(selector: ":test(service, resource, operation)", conflicts: ["aws.api#controlPlane"])
structure dataPlane {}

@trait(selector: ":test(simpleType, list, structure, union, member)")
enum data {
    CUSTOMER_CONTENT = "content"
    CUSTOMER_ACCOUNT_INFORMATION = "account"
    SERVICE_ATTRIBUTES = "usage"
    TAG_DATA = "tagging"
    PERMISSIONS_DATA = "permissions"
}

@unstable
@trait(selector: "service")
structure tagEnabled {
    disableDefaultOperations: Boolean
    apiConfig: TaggableServiceApiConfig
}

structure TaggableServiceApiConfig {
    tagApi: ServiceTagOperationReference
    untagApi: ServiceTagOperationReference
    listTagsApi: ServiceTagOperationReference
}

@idRef(failWhenMissing: true, selector: "service > operation")
string ServiceTagOperationReference

@unstable
@trait(selector: "resource")
structure taggable {
    property: String
    apiConfig: TaggableApiConfig
    disableSystemTags: Boolean
}

structure TaggableApiConfig {
    @required
    tagApi: TagOperationReference
    @required
    untagApi: TagOperationReference
    @required
    listTagsApi: TagOperationReference
}

@idRef(failWhenMissing: true, selector: "resource > operation")
string TagOperationReference
`;
