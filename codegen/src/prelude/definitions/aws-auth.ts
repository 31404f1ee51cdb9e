/** Trait definitions of `aws.auth`: SigV4, SigV4a and Cognito user pools. */
export const AWS_AUTH = String.raw`$version: "2.0"

namespace aws.auth

@trait(selector: "service")
@authDefinition(traits: [unsignedPayload])
structure sigv4 {
    @required
    @length(min: 1)
    name: String
}

@trait(selector: "service[trait|aws.auth#sigv4]")
@authDefinition(traits: [unsignedPayload])
structure sigv4a {
    @required
    @length(min: 1)
    name: String
}

@trait(selector: "operation")
structure unsignedPayload {}

@internal
@tags(["internal"])
@trait(selector: "service")
@authDefinition
structure cognitoUserPools {
    @required
    providerArns: StringList
}

@internal
@tags(["internal"])
@length(min: 1)
@trait(selector: "service[trait|aws.auth#cognitoUserPools] ~> operation")
list cognitoUserPoolsScopes {
    member: String
}

@private
list StringList {
    member: String
}
`;
