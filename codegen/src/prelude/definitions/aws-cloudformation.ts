/** Trait definitions of `aws.cloudformation`: how resources map to CloudFormation. */
export const AWS_CLOUDFORMATION = String.raw`$version: "2.0"

namespace aws.cloudformation

@unstable
@trait(selector: "resource")
structure cfnResource {
    name: String
    additionalSchemas: StructureIdList
    @deprecated(message: "Resource schemas should use the resource's identifiers.")
    primaryIdentifier: String
}

@private
list StructureIdList {
    @idRef(failWhenMissing: true, selector: "structure")
    member: String
}

@unstable
@trait(selector: "structure > :test(member > string)", conflicts: [cfnExcludeProperty])
structure cfnAdditionalIdentifier {}

@unstable
@trait(selector: "structure > member")
string cfnName

@unstable
@trait(selector: "structure > member", conflicts: [cfnAdditionalIdentifier, cfnMutability, cfnDefaultValue])
structure cfnExcludeProperty {}

@unstable
@trait(selector: "resource > operation -[input, output]-> structure > member", conflicts: [cfnExcludeProperty])
structure cfnDefaultValue {}

@unstable
@trait(selector: "structure > member", conflicts: [cfnExcludeProperty])
enum cfnMutability {
    FULL = "full"
    CREATE_AND_READ = "create-and-read"
    CREATE = "create"
    READ = "read"
    WRITE = "write"
}
`;
