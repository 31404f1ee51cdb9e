/** Trait definitions of `smithy.protocols`: the RPC v2 protocols. */
export const SMITHY_PROTOCOLS = String.raw`$version: "2.0"

namespace smithy.protocols

@trait(selector: "service")
@protocolDefinition(traits: [smithy.api#cors, smithy.api#endpoint, smithy.api#hostLabel, smithy.api#httpError, smithy.api#requestCompression])
@traitValidators(
    "rpcv2Cbor.NoDocuments": { selector: "service ~> member :test(> document)", message: "rpcv2Cbor can serialize document types in few cases only", severity: "DANGER" }
)
structure rpcv2Cbor {
    http: StringList
    eventStreamHttp: StringList
}

@trait(selector: "service")
@protocolDefinition(traits: [smithy.api#cors, smithy.api#endpoint, smithy.api#hostLabel, smithy.api#httpError, smithy.api#requestCompression])
structure rpcv2Json {
    http: StringList
    eventStreamHttp: StringList
}

@private
list StringList {
    member: String
}
`;
