import type { PackageBuilder } from "../../core/generated-package.js";
import { documentationOf } from "../../core/symbols.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import type { TargetContext } from "../../core/target.js";
import { getTrait } from "../../model/model.js";
import { isNodeObject } from "../../model/node.js";
import type { ClientSymbols } from "./client-symbols.js";
import type { EndpointModel } from "./endpoint-model.js";
import { COMPRESSION_PACKAGE, MAX_MIN_COMPRESSION_SIZE_BYTES, usesRequestCompression } from "./request-compression.js";

const TS_TYPES = { string: "string", boolean: "boolean", stringArray: "string[]" } as const;

/** The `aws.auth#sigv4` signing name, or the sdkId's endpoint prefix when the trait is absent. */
export function signingNameOf(context: TargetContext): string | undefined {
  const trait = getTrait(context.index.service, "aws.auth#sigv4");
  return isNodeObject(trait) && typeof trait.name === "string" ? trait.name : undefined;
}

/** `src/<service>-client.ts`: the client class, its configuration and the union types of the service. */
export function writeClientFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  const { symbols, index } = context;
  const clientHome = symbols.clientHome();
  const configName = symbols.clientConfigHome().name;
  const resolvedName = names.clientResolvedConfig.name;
  const file = pkg.tsFile(clientHome.file);
  for (const name of [clientHome.name, configName, resolvedName, "ServiceInputTypes", "ServiceOutputTypes"]) file.declare(name);
  const t = (name: string): string => file.type({ name, from: "@smithy/types" });
  const client = file.value({ name: "Client", from: "@smithy/core/client" });
  const endpointParameters = file.type(names.endpointParameters);
  const signingName = signingNameOf(context);
  const compression = usesRequestCompression(context);

  const inputs = index.operations.map((operation) => file.type(symbols.symbol(symbols.commandInputHome(operation), "client")));
  const outputs = index.operations.map((operation) => file.type(symbols.symbol(symbols.commandOutputHome(operation), "client")));
  file.doc(["The input of any command of this client."]);
  file.line(`export type ServiceInputTypes = ${unionLines(inputs, "object")};`);
  file.line();
  file.doc(["The output of any command of this client."]);
  file.line(`export type ServiceOutputTypes = ${unionLines(outputs, t("MetadataBearer"))};`);
  file.line();

  const clientContext = endpoints.parameters.filter((parameter) => parameter.option && !parameter.builtIn);
  const accountIdMode = endpoints.parameters.find((parameter) => parameter.builtIn === "AWS::Auth::AccountIdEndpointMode");
  file.doc([`Configuration of {@link ${clientHome.name}}. Every option is optional; the defaults are the AWS SDK's.`]);
  file.block(`export interface ${configName} {`, () => {
    const option = (docs: string[], line: string): void => {
      file.doc(docs);
      file.line(line);
    };
    option(
      [
        "The AWS Region to send requests to, e.g. `us-east-1`. It must be a valid host label. Default (Node.js):",
        "`AWS_REGION` or the profile's `region` in the shared config files.",
      ],
      `region?: string | ${t("Provider")}<string>;`,
    );
    option(
      [
        "Static credentials or a credential provider. Default (Node.js): the AWS SDK's default chain",
        "(`@aws-sdk/credential-provider-node`), loaded on the first request.",
      ],
      `credentials?: ${t("AwsCredentialIdentity")} | ${t("AwsCredentialIdentityProvider")};`,
    );
    option(["The shared config profile to read Region, credentials and settings from (Node.js)."], "profile?: string;");
    option(
      ["A URL to send requests to instead of the endpoint the rules resolve (`SDK::Endpoint`)."],
      `endpoint?: string | ${t("Endpoint")} | ${t("Provider")}<${t("Endpoint")}> | ${t("EndpointV2")} | ${t("Provider")}<${t("EndpointV2")}>;`,
    );
    option(["Send requests to FIPS-compliant endpoints. Default: `false`."], `useFipsEndpoint?: boolean | ${t("Provider")}<boolean>;`);
    option(["Send requests to dual-stack (IPv4 and IPv6) endpoints. Default: `false`."], `useDualstackEndpoint?: boolean | ${t("Provider")}<boolean>;`);
    option(["How many times a request is tried in all (first attempt included). Default: 3."], `maxAttempts?: number | ${t("Provider")}<number>;`);
    option(["`standard` (default) or `adaptive` (client-side rate limiting as well)."], `retryMode?: string | ${t("Provider")}<string>;`);
    option(["A retry strategy of your own; overrides `maxAttempts` and `retryMode`."], `retryStrategy?: ${t("RetryStrategy")} | ${t("RetryStrategyV2")};`);
    option(
      ["The HTTP handler, or options for the default one (`NodeHttpHandler` in Node.js, `FetchHttpHandler` in browsers)."],
      `requestHandler?: ${file.type({ name: "HttpHandler", from: "@smithy/core/protocols" })}<${t("HttpHandlerOptions")}> | ${t("NodeHttpHandlerOptions")} | ${t("FetchHttpHandlerOptions")};`,
    );
    option(
      ["Milliseconds after which a request of the default handler is abandoned: the attempt fails with a `TimeoutError`,", "which is retried as a transient error."],
      "requestTimeout?: number;",
    );
    option(["Where the client logs (nothing by default)."], `logger?: ${t("Logger")};`);
    option(["Text (or name/version pairs) appended to the user agent."], `customUserAgent?: string | ${t("UserAgent")};`);
    option(
      ["Resolves endpoints from the rule set's parameters; the default evaluates the model's rules."],
      `endpointProvider?: (params: ${endpointParameters}, context?: { logger?: ${t("Logger")} }) => ${t("EndpointV2")};`,
    );
    option(["Ignore endpoint URLs from `AWS_ENDPOINT_URL*` variables and the shared config files."], "ignoreConfiguredEndpointUrls?: boolean;");
    option(["The SHA-256 implementation used for signing."], `sha256?: ${t("ChecksumConstructor")} | ${t("HashConstructor")};`);
    option(["Milliseconds to add to the local clock when signing; corrected automatically when the service reports skew."], "systemClockOffset?: number;");
    option(["Reuse each command's middleware stack between calls without per-call options."], "cacheMiddleware?: boolean;");
    if (compression) {
      option(
        ["Send the bodies of operations that support it uncompressed. Default (Node.js): `AWS_DISABLE_REQUEST_COMPRESSION`", "or the profile's `disable_request_compression`, else `false`."],
        `disableRequestCompression?: boolean | ${t("Provider")}<boolean>;`,
      );
      option(
        [
          `The smallest body, in bytes (0 to ${MAX_MIN_COMPRESSION_SIZE_BYTES}), that is gzipped for operations that support it. Default (Node.js):`,
          "`AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES` or the profile's `request_min_compression_size_bytes`, else 10240.",
        ],
        `requestMinCompressionSizeBytes?: number | ${t("Provider")}<number>;`,
      );
    }
    if (accountIdMode) option(["`preferred` (default), `required` or `disabled`: whether to use account-based endpoints."], `accountIdEndpointMode?: string | ${t("Provider")}<string>;`);
    for (const parameter of clientContext) {
      option(docToTsdoc(parameter.documentation), `${parameter.option}?: ${TS_TYPES[parameter.type]};`);
    }
  });
  file.line();

  const runtimeConfig = file.type({ name: "RuntimeConfig", from: names.getSharedRuntimeConfig.from });
  const regionResolved = file.type({ name: "RegionResolvedConfig", from: "@smithy/core/config" });
  const endpointResolved = file.type({ name: "EndpointResolvedConfig", from: "@smithy/core/endpoints" });
  const retryResolved = file.type({ name: "RetryResolvedConfig", from: "@smithy/core/retry" });
  const signingConfig = file.type({ name: "SigV4SigningConfig", from: names.getSigV4SigningPlugin.from });
  file.declare(`${resolvedName}Type`);
  file.doc([`The parts of {@link ${resolvedName}}: each resolver's output, over the runtime's defaults.`]);
  const omitted = ["region", "useFipsEndpoint", "useDualstackEndpoint", "maxAttempts", "endpointProvider", "defaultCredentials"];
  if (compression) omitted.push("disableRequestCompression", "requestMinCompressionSizeBytes");
  file.line(`type ${resolvedName}Type = Omit<${runtimeConfig}, ${omitted.map((key) => JSON.stringify(key)).join(" | ")}> &`);
  file.line(`  ${regionResolved} &`);
  file.line(`  ${endpointResolved}<${endpointParameters}> &`);
  file.line(`  ${retryResolved} &`);
  if (compression) file.line(`  ${file.type({ name: "CompressionResolvedConfig", from: COMPRESSION_PACKAGE })} &`);
  file.line(`  ${signingConfig} & {`);
  file.indent(() => {
    file.indent(() => {
      file.line(`readonly logger: ${t("Logger")};`);
      file.line(`readonly customUserAgent?: string | ${t("UserAgent")};`);
      file.line("readonly cacheMiddleware?: boolean;");
      if (accountIdMode) file.line(`readonly accountIdEndpointMode?: string | ${t("Provider")}<string>;`);
      for (const parameter of clientContext) file.line(`readonly ${parameter.option}?: ${TS_TYPES[parameter.type]};`);
    });
  });
  file.line("  };");
  file.line();
  file.doc([`The configuration of {@link ${clientHome.name}} once defaults are filled in and values are resolved.`]);
  file.line(`export interface ${resolvedName} extends ${resolvedName}Type {}`);
  file.line();

  const serviceDocs = docToTsdoc(documentationOf(index.service));
  file.doc([
    ...serviceDocs,
    ...(serviceDocs.length ? [""] : []),
    `Sends commands to ${symbols.serviceName}, one \`client.send(new XCommand(input))\` at a time, so that a bundle holds only`,
    `the commands it uses. Service: \`${index.service.id}\``,
  ]);
  file.line(`export class ${clientHome.name} extends ${client}<${t("HttpHandlerOptions")}, ServiceInputTypes, ServiceOutputTypes, ${resolvedName}> {`);
  file.indent(() => {
    file.block(`constructor(configuration: ${configName} = {}) {`, () => {
      file.line("const config = resolveConfig(configuration);");
      file.line("super(config);");
      file.line(`this.middlewareStack.use(${file.value({ name: "getUserAgentPlugin", from: names.getUserAgentPlugin.from })}(config));`);
      file.line(`this.middlewareStack.use(${file.value({ name: "getRetryPlugin", from: "@smithy/core/retry" })}(config));`);
      file.line(`this.middlewareStack.use(${file.value({ name: "getContentLengthPlugin", from: "@smithy/core/protocols" })}(config));`);
      if (signingName) file.line(`this.middlewareStack.use(${file.value(names.getSigV4SigningPlugin)}(config));`);
    });
  });
  file.line("}");
  file.line();

  const error = file.value(names.configurationError);
  file.doc(["Fills in the runtime's defaults and resolves every option the middleware reads."]);
  file.block(`function resolveConfig(input: ${configName}): ${resolvedName} {`, () => {
    file.line(`const runtime = ${file.value(names.getRuntimeConfig)}(input);`);
    file.line(`if (typeof input.maxAttempts === "number" && !(Number.isInteger(input.maxAttempts) && input.maxAttempts >= 1)) {`);
    file.line(`  throw new ${error}("maxAttempts", \`maxAttempts must be an integer of at least 1, not \${input.maxAttempts}\`);`);
    file.line("}");
    file.line(`if (typeof input.retryMode === "string" && !["standard", "adaptive", "legacy"].includes(input.retryMode)) {`);
    file.line(`  throw new ${error}("retryMode", \`retryMode must be "standard" or "adaptive", not \${JSON.stringify(input.retryMode)}\`);`);
    file.line("}");
    if (compression) {
      file.line(`const minCompressionSize = input.requestMinCompressionSizeBytes;`);
      file.line(`if (typeof minCompressionSize === "number" && !(Number.isInteger(minCompressionSize) && minCompressionSize >= 0 && minCompressionSize <= ${MAX_MIN_COMPRESSION_SIZE_BYTES})) {`);
      file.line(`  throw new ${error}("requestMinCompressionSizeBytes", \`requestMinCompressionSizeBytes must be an integer from 0 to ${MAX_MIN_COMPRESSION_SIZE_BYTES}, not \${minCompressionSize}\`);`);
      file.line("}");
    }
    file.line(`const withRegion = ${file.value({ name: "resolveRegionConfig", from: "@smithy/core/config" })}({ ...runtime, region: ${file.value(names.resolveRegion)}(runtime.region) });`);
    file.line(`const withEndpoint = ${file.value({ name: "resolveEndpointConfig", from: "@smithy/core/endpoints" })}<typeof withRegion, ${endpointParameters}>({`);
    file.line("  ...withRegion,");
    file.line("  ...(input.endpoint === undefined ? {} : { endpoint: input.endpoint }),");
    file.line("  ...(input.ignoreConfiguredEndpointUrls === undefined ? {} : { ignoreConfiguredEndpointUrls: input.ignoreConfiguredEndpointUrls }),");
    file.line("  useDualstackEndpoint: runtime.useDualstackEndpoint,");
    file.line("});");
    file.line(`const withRetry = ${file.value({ name: "resolveRetryConfig", from: "@smithy/core/retry" })}({`);
    file.line("  ...withEndpoint,");
    file.line("  maxAttempts: runtime.maxAttempts,");
    file.line("  ...(input.retryStrategy === undefined ? {} : { retryStrategy: input.retryStrategy }),");
    file.line("});");
    if (compression) {
      // Only the two options: inferred from a whole config, the resolver's type would intersect their raw and resolved types.
      file.line(`const compression = ${file.value({ name: "resolveCompressionConfig", from: COMPRESSION_PACKAGE })}<object>({`);
      file.line("  disableRequestCompression: runtime.disableRequestCompression,");
      file.line("  requestMinCompressionSizeBytes: runtime.requestMinCompressionSizeBytes,");
      file.line("});");
    }
    file.block("return {", () => {
      file.line("...withRetry,");
      if (compression) file.line("...compression,");
      file.line(`credentials: ${file.value(names.resolveCredentials)}(input.credentials, runtime.defaultCredentials),`);
      file.line(`signingName: ${JSON.stringify(signingName ?? symbols.packageStem)},`);
      file.line("systemClockOffset: input.systemClockOffset ?? 0,");
      file.line("logger: runtime.logger,");
      file.line("customUserAgent: input.customUserAgent,");
      file.line("cacheMiddleware: input.cacheMiddleware,");
      if (accountIdMode) file.line(`accountIdEndpointMode: input.accountIdEndpointMode ?? ${JSON.stringify(typeof accountIdMode.default === "string" ? accountIdMode.default : "preferred")},`);
      for (const parameter of clientContext) file.line(`${parameter.option}: input.${parameter.option},`);
    }, "};");
  });
}

function unionLines(members: readonly string[], empty: string): string {
  if (members.length === 0) return empty;
  if (members.length === 1) return members[0]!;
  return `\n${members.map((member) => `  | ${member}`).join("\n")}`;
}
