/** Trait definitions of `smithy.rules`: endpoint rule sets, their tests and context parameters. */
export const SMITHY_RULES = String.raw`$version: "2.0"

namespace smithy.rules

// The rule set is a document: its own JSON schema is checked by rules engines, not by the model.
@unstable
@trait(selector: "service")
document endpointRuleSet

@unstable
@trait(selector: "service")
structure endpointBdd {
    @required
    version: String
    @required
    parameters: Parameters
    @required
    conditions: Conditions
    @required
    results: Results
    @required
    @range(min: -1)
    root: Integer
    @required
    @range(min: 0)
    nodeCount: Integer
    @required
    nodes: String
}

@private
map Parameters {
    key: String
    value: Parameter
}

@private
structure Parameter {
    @required
    type: ParameterType
    deprecated: Boolean
    documentation: String
    default: Document
    builtIn: String
    required: Boolean
}

enum ParameterType {
    STRING = "string"
    BOOLEAN = "boolean"
    STRING_ARRAY = "stringArray"
}

@private
list Conditions {
    member: Condition
}

@private
structure Condition {
    @required
    fn: String
    @required
    argv: DocumentList
    assign: String
}

@private
list DocumentList {
    member: Document
}

@private
list Results {
    member: Result
}

@private
structure Result {
    @required
    type: ResultType
    documentation: String
    error: Document
    endpoint: EndpointObject
    conditions: Conditions
}

@private
enum ResultType {
    ENDPOINT = "endpoint"
    ERROR = "error"
}

@private
structure EndpointObject {
    @required
    url: Document
    properties: EndpointProperties
    headers: EndpointObjectHeaders
}

@private
map EndpointProperties {
    key: String
    value: Document
}

@private
map EndpointObjectHeaders {
    key: String
    value: DocumentList
}

@unstable
@trait(selector: "service :is([trait|smithy.rules#endpointRuleSet], [trait|smithy.rules#endpointBdd])")
structure endpointTests {
    @required
    version: String
    testCases: EndpointTestList
}

@unstable
@private
list EndpointTestList {
    member: EndpointTest
}

@unstable
@private
structure EndpointTest {
    documentation: String
    params: Document
    operationInputs: OperationInputs
    @required
    expect: EndpointTestExpectation
}

@unstable
@private
list OperationInputs {
    member: OperationInput
}

@unstable
@private
structure OperationInput {
    @required
    operationName: String
    operationParams: Document
    builtInParams: Document
    clientParams: Document
}

@unstable
@private
union EndpointTestExpectation {
    error: String
    endpoint: EndpointExpectation
}

@unstable
@private
structure EndpointExpectation {
    url: String
    headers: EndpointHeaders
    properties: Properties
}

@unstable
@private
map EndpointHeaders {
    key: String
    value: EndpointHeaderValue
}

@unstable
@private
list EndpointHeaderValue {
    member: String
}

@unstable
@private
map Properties {
    key: String
    value: Document
}

@unstable
@trait(selector: "service")
map clientContextParams {
    key: String
    value: ClientContextParamDefinition
}

@unstable
@private
structure ClientContextParamDefinition {
    @required
    type: ShapeType
    documentation: String
}

@unstable
@private
enum ShapeType {
    STRING = "string"
    BOOLEAN = "boolean"
}

@unstable
@trait(selector: "operation")
map staticContextParams {
    key: String
    value: StaticContextParamDefinition
}

@unstable
@private
structure StaticContextParamDefinition {
    @required
    value: Document
}

@unstable
@trait(selector: "operation")
map operationContextParams {
    key: String
    value: OperationContextParamDefinition
}

@unstable
@private
structure OperationContextParamDefinition {
    @required
    path: String
}

@unstable
@trait(selector: "operation -[input]-> structure > member")
structure contextParam {
    @required
    name: String
}
`;
