import { flattenMixins, loadModelFromSources, type Model } from "@smithy-gen/codegen";

/** A model from IDL text, loaded and flattened the way the suites are. */
export function modelOf(text: string): Model {
  return flattenMixins(loadModelFromSources([{ path: "test.smithy", text }]).model);
}

/** A small awsJson1_0 service with request, response and error tests, for the harness's own tests. */
export const SMALL_SERVICE = `$version: "2.0"
namespace example.small

use aws.protocols#awsJson1_0
use aws.protocols#awsJson1_1
use smithy.test#httpRequestTests
use smithy.test#httpResponseTests

@awsJson1_0
service Small {
    version: "2024-01-01"
    operations: [Put, Get]
}

@httpRequestTests([
    { id: "PutSendsName", protocol: awsJson1_0, method: "POST", uri: "/", body: "{\\"name\\":\\"a\\"}", bodyMediaType: "application/json", params: { name: "a" } }
    { id: "PutOnServers", protocol: awsJson1_0, method: "POST", uri: "/", params: {}, appliesTo: "server" }
    { id: "PutInOtherProtocol", protocol: awsJson1_1, method: "POST", uri: "/", params: {} }
])
@httpResponseTests([
    { id: "PutSendsName", protocol: awsJson1_0, code: 200, body: "{}", params: {} }
])
operation Put {
    input := { name: String, @required count: Integer }
    output := {}
    errors: [Missing]
}

operation Get {
    input := {}
    output := { when: Timestamp }
    errors: [Missing]
}

@error("client")
@httpResponseTests([
    { id: "MissingIsParsed", protocol: awsJson1_0, code: 404, body: "{\\"__type\\":\\"Missing\\",\\"Message\\":\\"gone\\"}", params: { Message: "gone" } }
])
structure Missing {
    Message: String
}
`;
