/** Trait definitions of `aws.protocols`: the AWS wire protocols and their helper traits. */
export const AWS_PROTOCOLS = String.raw`$version: "2.0"

namespace aws.protocols

@private
@mixin(localTraits: [private])
structure HttpConfiguration {
    http: StringList
    eventStreamHttp: StringList
}

@trait(selector: "service")
@protocolDefinition(traits: [timestampFormat, cors, endpoint, hostLabel])
structure awsJson1_0 with [HttpConfiguration] {}

@trait(selector: "service")
@protocolDefinition(traits: [timestampFormat, cors, endpoint, hostLabel])
structure awsJson1_1 with [HttpConfiguration] {}

@trait(selector: "service")
@protocolDefinition(
    traits: [
        timestampFormat, cors, endpoint, hostLabel, http, httpError, httpHeader, httpLabel, httpPayload
        httpPrefixHeaders, httpQuery, httpQueryParams, httpResponseCode, httpChecksum, httpChecksumRequired, jsonName
    ]
)
structure restJson1 with [HttpConfiguration] {}

@deprecated
@trait(selector: "service")
@protocolDefinition(
    traits: [
        timestampFormat, cors, endpoint, hostLabel, http, httpError, httpHeader, httpLabel, httpPayload
        httpPrefixHeaders, httpQuery, httpQueryParams, httpResponseCode, httpChecksum, httpChecksumRequired
        xmlAttribute, xmlFlattened, xmlName, xmlNamespace
    ]
)
@traitValidators(UnsupportedProtocolDocument: { selector: "~> member :test(> document)", message: "restXml cannot serialize document types" })
structure restXml with [HttpConfiguration] {
    @deprecated
    noErrorWrapping: Boolean
}

@deprecated
@trait(selector: "service [trait|xmlNamespace]")
@protocolDefinition(
    traits: [timestampFormat, cors, endpoint, hostLabel, awsQueryError, xmlAttribute, xmlFlattened, xmlName, xmlNamespace]
)
@traitValidators(UnsupportedProtocolDocument: { selector: "~> member :test(> document)", message: "awsQuery cannot serialize document types" })
structure awsQuery {}

@deprecated
@trait(selector: "service [trait|xmlNamespace]")
@protocolDefinition(
    traits: [timestampFormat, cors, endpoint, hostLabel, ec2QueryName, xmlAttribute, xmlFlattened, xmlName, xmlNamespace]
)
@traitValidators(UnsupportedProtocolDocument: { selector: "~> member :test(> document)", message: "ec2Query cannot serialize document types" })
structure ec2Query {}

@trait(selector: "structure > member")
@pattern("^[a-zA-Z_][a-zA-Z_0-9-]*$")
string ec2QueryName

@trait(selector: "structure [trait|error]")
structure awsQueryError {
    @required
    code: String
    @required
    httpResponseCode: Integer
}

@trait(selector: "service :test([trait|aws.protocols#awsJson1_0], [trait|smithy.protocols#rpcv2Cbor], [trait|smithy.protocols#rpcv2Json])")
structure awsQueryCompatible {}

@unstable
@trait(selector: "operation")
structure httpChecksum {
    requestAlgorithmMember: String
    requestChecksumRequired: Boolean
    requestValidationModeMember: String
    responseAlgorithms: ChecksumAlgorithmSet
}

@private
@length(min: 1)
@uniqueItems
list ChecksumAlgorithmSet {
    member: ChecksumAlgorithm
}

@private
enum ChecksumAlgorithm {
    CRC32
    CRC32C
    CRC64NVME
    MD5
    SHA1
    SHA256
    SHA512
    XXHASH64
    XXHASH3
    XXHASH128
}

@private
list StringList {
    member: String
}
`;
