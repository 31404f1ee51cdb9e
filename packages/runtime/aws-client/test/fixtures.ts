import { Client, Command, ServiceException } from "@smithy/core/client";
import { getEndpointPlugin } from "@smithy/core/endpoints";
import { HttpRequest, HttpResponse, type HttpHandler } from "@smithy/core/protocols";
import { getSerdePlugin } from "@smithy/core/serde";
import type { EndpointParameterInstructions, EndpointParameters, HttpHandlerOptions, MetadataBearer, RuleSetObject, SerdeContext } from "@smithy/types";
import {
  createEndpointResolver,
  resolveAwsClientConfig,
  useAwsClientMiddleware,
  type AwsClientConfig,
  type AwsClientResolvedConfig,
  type AwsClientService,
} from "../src/index.js";

export interface TestEndpointParameters extends EndpointParameters {
  Region?: string;
  UseFIPS?: boolean;
  Endpoint?: string;
}

/** A tiny rule set: a custom endpoint, an error rule, and regional endpoints through aws.partition. */
export const ruleSet: RuleSetObject = {
  version: "1.0",
  parameters: {
    Region: { type: "String", builtIn: "AWS::Region", required: false },
    UseFIPS: { type: "Boolean", builtIn: "AWS::UseFIPS", required: true, default: false },
    Endpoint: { type: "String", builtIn: "SDK::Endpoint", required: false },
  },
  rules: [
    {
      conditions: [
        { fn: "isSet", argv: [{ ref: "Endpoint" }] },
        { fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] },
      ],
      error: "Invalid Configuration: FIPS and custom endpoint are not supported",
      type: "error",
    },
    {
      conditions: [{ fn: "isSet", argv: [{ ref: "Endpoint" }] }],
      endpoint: { url: { ref: "Endpoint" }, properties: {}, headers: {} },
      type: "endpoint",
    },
    {
      conditions: [
        { fn: "isSet", argv: [{ ref: "Region" }] },
        { fn: "aws.partition", argv: [{ ref: "Region" }], assign: "PartitionResult" },
      ],
      rules: [
        {
          conditions: [{ fn: "booleanEquals", argv: [{ ref: "UseFIPS" }, true] }],
          endpoint: { url: "https://test-fips.{Region}.{PartitionResult#dnsSuffix}", properties: {}, headers: {} },
          type: "endpoint",
        },
        {
          conditions: [],
          endpoint: {
            url: "https://test.{Region}.{PartitionResult#dnsSuffix}",
            properties: { authSchemes: [{ name: "sigv4", signingName: "testservice", signingRegion: "{Region}" }] },
            headers: {},
          },
          type: "endpoint",
        },
      ],
      type: "tree",
    },
    { conditions: [], error: "Invalid Configuration: Missing Region", type: "error" },
  ],
};

export const endpointParameters: EndpointParameterInstructions = {
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
};

export const testService: AwsClientService<TestEndpointParameters> = {
  clientName: "TestClient",
  serviceId: "Test",
  apiVersion: "2024-01-01",
  signingName: "testservice",
  userAgent: "smithy-gen api/test#2024-01-01",
  endpointProvider: createEndpointResolver<TestEndpointParameters>(ruleSet, ["Endpoint", "Region", "UseFIPS"]),
};

export const staticCredentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" };

/** A request handler that records each request (as sent) and answers with `respond`. */
export class StubHandler implements HttpHandler<HttpHandlerOptions> {
  readonly requests: HttpRequest[] = [];

  constructor(private readonly respond: (request: HttpRequest, attempt: number) => HttpResponse = () => ok()) {}

  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    this.requests.push(HttpRequest.clone(request));
    return { response: this.respond(request, this.requests.length) };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
}

export function ok(body: unknown = { value: "v" }, headers: Record<string, string> = {}): HttpResponse {
  return new HttpResponse({ statusCode: 200, headers: { "content-type": "application/x-amz-json-1.0", ...headers }, body: JSON.stringify(body) });
}

export function failure(statusCode: number, type: string, headers: Record<string, string> = {}): HttpResponse {
  return new HttpResponse({ statusCode, headers: { "content-type": "application/x-amz-json-1.0", ...headers }, body: JSON.stringify({ __type: type, message: `${type} message` }) });
}

export interface GetThingInput {
  name?: string;
}

export interface GetThingOutput extends MetadataBearer {
  value?: string;
}

export type TestConfig = AwsClientResolvedConfig<TestEndpointParameters>;

export class TestClient extends Client<HttpHandlerOptions, GetThingInput, GetThingOutput, TestConfig> {
  constructor(input: AwsClientConfig<TestEndpointParameters>, service: AwsClientService<TestEndpointParameters> = testService) {
    const config = resolveAwsClientConfig(input, service);
    super(config);
    useAwsClientMiddleware(this.middlewareStack, config);
  }
}

async function serialize(input: GetThingInput, context: SerdeContext): Promise<HttpRequest> {
  const endpoint = await context.endpoint();
  return new HttpRequest({
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port === undefined ? {} : { port: endpoint.port }),
    method: "POST",
    path: endpoint.path.endsWith("/") ? endpoint.path : `${endpoint.path}/`,
    headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "TestService.GetThing" },
    body: JSON.stringify(input),
  });
}

async function deserialize(response: HttpResponse): Promise<GetThingOutput> {
  const body = JSON.parse(typeof response.body === "string" ? response.body : "{}") as { value?: string; __type?: string; message?: string };
  const $metadata = { httpStatusCode: response.statusCode };
  if (response.statusCode >= 300) {
    throw new ServiceException({ name: body.__type ?? "Unknown", $fault: response.statusCode >= 500 ? "server" : "client", $metadata, message: body.message ?? "" });
  }
  return { ...(body.value === undefined ? {} : { value: body.value }), $metadata };
}

/** A command class of the operation GetThing, with the given Smithy context (`anonymous`, `optionalAuth`). */
export function getThingCommand(smithyContext: Record<string, unknown> = {}) {
  return class GetThingCommand extends Command.classBuilder<GetThingInput, GetThingOutput, TestConfig, GetThingInput, GetThingOutput>()
    .ep(endpointParameters)
    .m((_command, _stack, config: TestConfig) => [getSerdePlugin(config, serialize, deserialize), getEndpointPlugin(config, endpointParameters)])
    .s("TestService", "GetThing", smithyContext)
    .n("TestClient", "GetThingCommand")
    .build() {};
}

export const GetThingCommand = getThingCommand();
