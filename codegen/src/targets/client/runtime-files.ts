import type { PackageBuilder } from "../../core/generated-package.js";
import type { TargetContext } from "../../core/target.js";
import type { TsFile } from "../../core/ts-file.js";
import type { ClientSymbols } from "./client-symbols.js";
import { COMPRESSION_PACKAGE, usesRequestCompression } from "./request-compression.js";

/**
 * The client package's small runtime modules: configuration errors, Region and credential
 * resolution, SigV4 signing, the user agent, and the Node.js / browser runtime defaults. They are
 * the same for every service except for names, so they are printed from fixed text.
 */

const TYPES = "@smithy/types";

function clientConfig(context: TargetContext, file: TsFile): string {
  return file.type({ name: `${context.symbols.serviceName}ClientConfig`, from: context.symbols.clientConfigHome().file });
}

export function writeConfigurationErrorFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const file = pkg.tsFile(names.configurationError.from);
  const name = names.configurationError.name;
  file.declare(name);
  file.doc([
    `A configuration value of \`${context.symbols.serviceName}Client\` that cannot work: an invalid or missing Region,`,
    "malformed credentials, no endpoint. Thrown when the client is built, or on the first call for",
    "values that come from providers.",
  ]);
  file.block(`export class ${name} extends Error {`, () => {
    file.line(`override readonly name = "${name}";`);
    file.line("/** The configuration option at fault, e.g. `region`. */");
    file.line("readonly option: string;");
    file.line();
    file.block("constructor(option: string, message: string, options?: { cause?: unknown }) {", () => {
      file.line(`super(\`${context.symbols.serviceName}Client: \${message}\`, options);`);
      file.line("this.option = option;");
    });
  });
}

export function writeRegionFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const file = pkg.tsFile(names.resolveRegion.from);
  file.declare(names.resolveRegion.name);
  const isValidHostLabel = file.value({ name: "isValidHostLabel", from: "@smithy/core/endpoints" });
  const provider = file.type({ name: "Provider", from: TYPES });
  const error = file.value(names.configurationError);
  file.doc([
    "The Region as a provider that checks each value: a Region is a host label of the endpoint URL,",
    "so anything else (`us-east-1.attacker.example#`) is rejected instead of reaching the network.",
    "A string is checked at once, so that a bad value fails when the client is built.",
  ]);
  file.block(`export function resolveRegion(region: string | ${provider}<string> | undefined): ${provider}<string> {`, () => {
    file.block('if (typeof region === "string") {', () => {
      file.line("const checked = checkRegion(region);");
      file.line("return async () => checked;");
    });
    file.block("return async () => {", () => {
      file.line("let value: string | undefined;");
      file.block("try {", () => {
        file.line("value = region === undefined ? undefined : await region();");
      }, "} catch (cause) {");
      file.indent(() => file.line(`throw new ${error}("region", \`no Region could be loaded (\${cause instanceof Error ? cause.message : String(cause)}); set \\\`region\\\` or AWS_REGION\`, { cause });`));
      file.line("}");
      file.line("return checkRegion(value);");
    }, "};");
  });
  file.line();
  file.block("function checkRegion(region: string | undefined): string {", () => {
    file.line(`if (!region) throw new ${error}("region", "no Region is configured; set \`region\` (e.g. \\"us-east-1\\") or AWS_REGION");`);
    file.block(`if (!${isValidHostLabel}(region)) {`, () => {
      file.line(`throw new ${error}("region", \`\${JSON.stringify(region)} is not a valid Region: a Region must be a host label (letters, digits and hyphens)\`);`);
    });
    file.line("return region;");
  });
}

export function writeCredentialsFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const file = pkg.tsFile(names.resolveCredentials.from);
  file.declare(names.resolveCredentials.name);
  const identity = file.type({ name: "AwsCredentialIdentity", from: TYPES });
  const provider = file.type({ name: "AwsCredentialIdentityProvider", from: TYPES });
  const error = file.value(names.configurationError);
  file.line("/** Credentials are refreshed this long before they expire. */");
  file.line("const REFRESH_MARGIN_MS = 5 * 60 * 1000;");
  file.line();
  file.doc([
    "The credentials as one memoized provider: static credentials (checked at once), a provider",
    "function (called again only when its credentials are about to expire), or, when absent, the",
    "runtime's default chain, which is created on first use so that building a client stays cheap.",
  ]);
  file.block(
    `export function resolveCredentials(\n  credentials: ${identity} | ${provider} | undefined,\n  defaultChain: () => ${provider},\n): ${provider} {`,
    () => {
      file.line("if (credentials === undefined) return memoize(() => defaultChain(), true);");
      file.line('if (typeof credentials === "function") return memoize(() => credentials, false);');
      file.line("const checked = checkCredentials(credentials);");
      file.line("return async () => checked;");
    },
  );
  file.line();
  file.block(`function memoize(source: () => ${provider}, lazy: boolean): ${provider} {`, () => {
    file.line(`let provider: ${provider} | undefined = lazy ? undefined : source();`);
    file.line(`let current: Promise<${identity}> | undefined;`);
    file.line(`let resolved: ${identity} | undefined;`);
    file.block("return async (options) => {", () => {
      file.line("const expiration = resolved?.expiration?.getTime();");
      file.block("if (!current || (expiration !== undefined && expiration - REFRESH_MARGIN_MS <= Date.now()) || options?.forceRefresh) {", () => {
        file.line("provider ??= source();");
        file.line("resolved = undefined;");
        file.line("current = provider(options).then(");
        file.line("  (identity) => (resolved = checkCredentials(identity)),");
        file.line("  (error: unknown) => {");
        file.line("    current = undefined;");
        file.line("    throw error;");
        file.line("  },");
        file.line(");");
      });
      file.line("return current;");
    }, "};");
  });
  file.line();
  file.block(`function checkCredentials(credentials: ${identity}): ${identity} {`, () => {
    file.line('const valid = typeof credentials === "object" && credentials !== null && typeof credentials.accessKeyId === "string" && typeof credentials.secretAccessKey === "string";');
    file.line(`if (!valid) throw new ${error}("credentials", "credentials need a string \`accessKeyId\` and \`secretAccessKey\`");`);
    file.line("return credentials;");
  });
}

export function writeSigningFile(pkg: PackageBuilder, names: ClientSymbols): void {
  const file = pkg.tsFile(names.getSigV4SigningPlugin.from);
  file.declare(names.getSigV4SigningPlugin.name);
  file.declare("SigV4SigningConfig");
  const httpRequest = file.value({ name: "HttpRequest", from: "@smithy/core/protocols" });
  const httpResponse = file.value({ name: "HttpResponse", from: "@smithy/core/protocols" });
  const signatureV4 = file.value({ name: "SignatureV4", from: "@smithy/signature-v4" });
  const contextKey = file.value({ name: "SMITHY_CONTEXT_KEY", from: TYPES });
  const t = (name: string): string => file.type({ name, from: TYPES });
  file.doc(["What SigV4 signing reads from the client configuration."]);
  file.block("export interface SigV4SigningConfig {", () => {
    file.line(`readonly credentials: ${t("AwsCredentialIdentityProvider")};`);
    file.line(`readonly region: ${t("Provider")}<string>;`);
    file.line(`readonly sha256: ${t("ChecksumConstructor")} | ${t("HashConstructor")};`);
    file.line("/** The `aws.auth#sigv4` name of the service. */");
    file.line("readonly signingName: string;");
    file.line("/** Milliseconds to add to the local clock, corrected when the service reports a skewed clock. */");
    file.line("systemClockOffset: number;");
  });
  file.line();
  file.line("/** Clock differences past this make AWS reject a signature. */");
  file.line("const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;");
  file.line();
  file.doc(["An `authSchemes` entry of a resolved endpoint, which may override the signing name and Region."]);
  file.block("interface EndpointAuthScheme {", () => {
    file.line("readonly name?: string;");
    file.line("readonly signingName?: string;");
    file.line("readonly signingRegion?: string;");
  });
  file.line();
  file.doc([
    "Signs every attempt with SigV4 (after the retry middleware, so each retry is signed afresh), with",
    "the signing name and Region of the endpoint's `sigv4` auth scheme where the rules give one.",
    "Operations modelled with `@auth([])` are sent unsigned; `@optionalAuth` ones unsigned when no",
    "credentials can be found. A response whose `Date` is far from the local clock corrects the offset.",
  ]);
  file.block(
    // Generic, so that it plugs into a client whose every input has a required member (`object` is not assignable to those).
    `export function getSigV4SigningPlugin<Input extends object, Output extends ${t("MetadataBearer")}>(config: SigV4SigningConfig): ${t("Pluggable")}<Input, Output> {`,
    () => {
      file.line(`const middleware: ${t("FinalizeRequestMiddleware")}<Input, Output> = (next, context) => async (args) => {`);
      file.indent(() => {
        file.line(`const operation = context[${contextKey}] as { anonymous?: boolean; optionalAuth?: boolean } | undefined;`);
        file.line(`if (!${httpRequest}.isInstance(args.request) || operation?.anonymous) return next(args);`);
        file.line("const request = args.request;");
        file.line('if (!request.headers.host && !request.headers.Host) request.headers.host = request.port ? `${request.hostname}:${request.port}` : request.hostname;');
        file.line("let credentials;");
        file.block("try {", () => {
          file.line("credentials = await config.credentials();");
        }, "} catch (error) {");
        file.indent(() => {
          file.line("if (operation?.optionalAuth) return next(args);");
          file.line("throw error;");
        });
        file.line("}");
        file.line('const scheme = (context.endpointV2?.properties?.authSchemes as EndpointAuthScheme[] | undefined)?.find((entry) => entry.name === "sigv4");');
        file.line(`const signer = new ${signatureV4}({`);
        file.line("  credentials,");
        file.line("  region: scheme?.signingRegion ?? (await config.region()),");
        file.line("  service: scheme?.signingName ?? config.signingName,");
        file.line("  sha256: config.sha256,");
        file.line("  uriEscapePath: true,");
        file.line("});");
        file.line("const signed = await signer.sign(request, { signingDate: new Date(Date.now() + config.systemClockOffset) });");
        file.block("try {", () => {
          file.line("const result = await next({ ...args, request: signed });");
          file.line("correctClockSkew(config, result.response);");
          file.line("return result;");
        }, "} catch (error) {");
        file.indent(() => {
          file.line("const response = (error as { $response?: unknown } | null)?.$response;");
          file.line("if (correctClockSkew(config, response) && error instanceof Error) {");
          file.line("  const metadata = ((error as { $metadata?: Record<string, unknown> }).$metadata ??= {});");
          file.line("  metadata.clockSkewCorrected = true;");
          file.line("}");
          file.line("throw error;");
        });
        file.line("}");
      });
      file.line("};");
      file.block("return {", () => {
        file.line("applyToStack(stack) {");
        file.line('  stack.addRelativeTo(middleware, { name: "sigV4SigningMiddleware", relation: "after", toMiddleware: "retryMiddleware", override: true });');
        file.line("},");
      }, "};");
    },
  );
  file.line();
  file.doc(["Moves the clock offset to the server's time when they differ by more than AWS accepts; says whether it did."]);
  file.block("function correctClockSkew(config: SigV4SigningConfig, response: unknown): boolean {", () => {
    file.line(`if (!${httpResponse}.isInstance(response)) return false;`);
    file.line("const date = response.headers.date ?? response.headers.Date;");
    file.line("const serverTime = date ? Date.parse(date) : Number.NaN;");
    file.line("if (Number.isNaN(serverTime)) return false;");
    file.line("const offset = serverTime - Date.now();");
    file.line("if (Math.abs(offset - config.systemClockOffset) < MAX_CLOCK_SKEW_MS) return false;");
    file.line("config.systemClockOffset = offset;");
    file.line("return true;");
  });
}

export function writeUserAgentFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const file = pkg.tsFile(names.getUserAgentPlugin.from);
  file.declare(names.getUserAgentPlugin.name);
  const t = (name: string): string => file.type({ name, from: TYPES });
  const httpRequest = file.value({ name: "HttpRequest", from: "@smithy/core/protocols" });
  const version = context.index.service.version;
  const base = `smithy-gen api/${context.symbols.packageStem}${version ? `#${version}` : ""}`;
  file.doc([
    "Sends `x-amz-user-agent`: this client's name plus the configured `customUserAgent`. It is a",
    "small stand-in for the AWS SDK's user agent middleware, which gathers much more (and costs more).",
  ]);
  file.block(
    `export function getUserAgentPlugin<Input extends object, Output extends ${t("MetadataBearer")}>(config: { readonly customUserAgent?: string | ${t("UserAgent")} }): ${t("Pluggable")}<Input, Output> {`,
    () => {
      file.line("const custom = typeof config.customUserAgent === \"string\" ? [config.customUserAgent] : (config.customUserAgent ?? []).map(([name, version]) => (version ? `${name}/${version}` : name));");
      file.line(`const value = [${JSON.stringify(base)}, ...custom].join(" ");`);
      file.line(`const middleware: ${t("BuildMiddleware")}<Input, Output> = (next) => async (args) => {`);
      file.line(`  if (${httpRequest}.isInstance(args.request)) args.request.headers["x-amz-user-agent"] = value;`);
      file.line("  return next(args);");
      file.line("};");
      file.block("return {", () => {
        file.line("applyToStack(stack) {");
        file.line('  stack.add(middleware, { step: "build", name: "userAgentMiddleware", override: true });');
        file.line("},");
      }, "};");
    },
  );
}

/** The shape every runtime's defaults have, so that the Node.js and browser modules agree. */
export function writeSharedRuntimeConfigFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const { symbols, index } = context;
  const file = pkg.tsFile(names.getSharedRuntimeConfig.from);
  file.declare(names.getSharedRuntimeConfig.name);
  file.declare("RuntimeConfig");
  file.declare("requestHandlerInput");
  const t = (name: string): string => file.type({ name, from: TYPES });
  const config = clientConfig(context, file);
  const endpointParameters = file.type(names.endpointParameters);
  const resolver = file.value(names.defaultEndpointResolver);
  const noOpLogger = file.value({ name: "NoOpLogger", from: "@smithy/core/client" });
  const parseUrl = file.value({ name: "parseUrl", from: "@smithy/core/protocols" });
  const serde = (name: string): string => file.value({ name, from: "@smithy/core/serde" });
  const sha256 = file.value({ name: "Sha256", from: "@smithy/core/checksum" });
  const compression = usesRequestCompression(context);
  file.doc(["The defaults a runtime (Node.js or browser) fills in; `src/runtime-config.ts` and its browser twin return it."]);
  file.block("export interface RuntimeConfig {", () => {
    file.line('readonly runtime: "node" | "browser";');
    file.line("readonly apiVersion: string;");
    file.line("readonly serviceId: string;");
    file.line(`readonly requestHandler: ${t("RequestHandler")}<${file.type({ name: "HttpRequest", from: "@smithy/core/protocols" })}, ${file.type({ name: "HttpResponse", from: "@smithy/core/protocols" })}, ${t("HttpHandlerOptions")}>;`);
    file.line(`readonly region: string | ${t("Provider")}<string> | undefined;`);
    file.line(`readonly useFipsEndpoint: boolean | ${t("Provider")}<boolean>;`);
    file.line(`readonly useDualstackEndpoint: boolean | ${t("Provider")}<boolean>;`);
    file.line(`readonly maxAttempts: number | ${t("Provider")}<number>;`);
    file.line(`readonly retryMode: string | ${t("Provider")}<string>;`);
    file.line(`readonly defaultCredentials: () => ${t("AwsCredentialIdentityProvider")};`);
    file.line(`readonly streamCollector: ${t("StreamCollector")};`);
    file.line(`readonly bodyLengthChecker: ${t("BodyLengthCalculator")};`);
    file.line(`readonly base64Decoder: ${t("Decoder")};`);
    file.line(`readonly base64Encoder: ${t("Encoder")};`);
    file.line(`readonly utf8Decoder: ${t("Decoder")};`);
    file.line(`readonly utf8Encoder: ${t("Encoder")};`);
    file.line(`readonly urlParser: ${t("UrlParser")};`);
    file.line(`readonly sha256: ${t("ChecksumConstructor")} | ${t("HashConstructor")};`);
    file.line("readonly disableHostPrefix: boolean;");
    file.line(`readonly endpointProvider: (params: ${endpointParameters}, context?: { logger?: ${t("Logger")} }) => ${t("EndpointV2")};`);
    file.line(`readonly logger: ${t("Logger")};`);
    if (compression) {
      file.line(`readonly disableRequestCompression: boolean | ${t("Provider")}<boolean>;`);
      file.line(`readonly requestMinCompressionSizeBytes: number | ${t("Provider")}<number>;`);
    }
  });
  file.line();
  const perRuntime = ["runtime", "requestHandler", "region", "useFipsEndpoint", "useDualstackEndpoint", "maxAttempts", "retryMode", "defaultCredentials", "streamCollector", "bodyLengthChecker"];
  if (compression) perRuntime.push("disableRequestCompression", "requestMinCompressionSizeBytes");
  file.doc(["The defaults that do not depend on the runtime."]);
  file.block(
    `export function getSharedRuntimeConfig(config: ${config}): Omit<RuntimeConfig, ${perRuntime.map((key) => JSON.stringify(key)).join(" | ")}> {`,
    () => {
      file.block("return {", () => {
        file.line(`apiVersion: ${JSON.stringify(index.service.version ?? "")},`);
        file.line(`serviceId: ${JSON.stringify(symbols.serviceName === "" ? "" : serviceIdOf(context))},`);
        file.line(`base64Decoder: ${serde("fromBase64")},`);
        file.line(`base64Encoder: ${serde("toBase64")},`);
        file.line(`utf8Decoder: ${serde("fromUtf8")},`);
        file.line(`utf8Encoder: ${serde("toUtf8")},`);
        file.line(`urlParser: ${parseUrl},`);
        file.line(`sha256: config.sha256 ?? ${sha256},`);
        file.line("disableHostPrefix: false,");
        file.line(`endpointProvider: config.endpointProvider ?? ${resolver},`);
        file.line(`logger: config.logger ?? new ${noOpLogger}(),`);
      }, "};");
    },
  );
  file.line();
  file.doc([
    "The request handler to use as it is, or the default handler's options: the runtime's `defaults`,",
    "then `requestTimeout`, then the options given, which win.",
  ]);
  file.block(
    `export function requestHandlerInput(config: ${config}, defaults: ${t("NodeHttpHandlerOptions")} | ${t("FetchHttpHandlerOptions")} = {}): ${config}["requestHandler"] {`,
    () => {
      file.line("const handler = config.requestHandler;");
      file.line('if (handler !== undefined && "handle" in handler) return handler;');
      file.line("return { ...defaults, ...(config.requestTimeout === undefined ? {} : { requestTimeout: config.requestTimeout }), ...handler };");
    },
  );
}

function serviceIdOf(context: TargetContext): string {
  const trait = context.index.service.traits["aws.api#service"];
  if (trait && typeof trait === "object" && !Array.isArray(trait) && typeof trait.sdkId === "string") return trait.sdkId;
  return context.symbols.serviceName;
}

export function writeNodeRuntimeConfigFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const file = pkg.tsFile(names.runtimeConfigFile);
  file.declare("getRuntimeConfig");
  const config = clientConfig(context, file);
  const runtimeConfig = file.type({ name: "RuntimeConfig", from: names.getSharedRuntimeConfig.from });
  const shared = file.value(names.getSharedRuntimeConfig);
  const requestHandlerInput = file.value({ name: "requestHandlerInput", from: names.getSharedRuntimeConfig.from });
  const cfg = (name: string): string => file.value({ name, from: "@smithy/core/config" });
  const retry = (name: string): string => file.value({ name, from: "@smithy/core/retry" });
  const nodeHandler = file.value({ name: "NodeHttpHandler", from: "@smithy/node-http-handler" });
  const streamCollector = file.value({ name: "streamCollector", from: "@smithy/node-http-handler" });
  const calculateBodyLength = file.value({ name: "calculateBodyLength", from: "@smithy/core/serde" });
  const credentialProvider = file.type({ name: "AwsCredentialIdentityProvider", from: TYPES });
  file.doc([
    "Defaults for Node.js: the `http`/`https` handler, and Region, FIPS, dual-stack and retry settings",
    "from the environment and the shared config files (read on first use). Bundlers that honour the",
    "package.json `browser` field load `runtime-config.browser.ts` instead.",
  ]);
  file.block(`export function getRuntimeConfig(config: ${config}): ${runtimeConfig} {`, () => {
    file.line("const files = { profile: config.profile };");
    file.block("return {", () => {
      file.line(`...${shared}(config),`);
      file.line('runtime: "node",');
      file.line("// Without throwOnRequestTimeout the handler only logs a warning when a request outlasts requestTimeout.");
      file.line(`requestHandler: ${nodeHandler}.create(${requestHandlerInput}(config, { throwOnRequestTimeout: true })),`);
      file.line(`region: config.region ?? ${cfg("loadConfig")}(${cfg("NODE_REGION_CONFIG_OPTIONS")}, { ...${cfg("NODE_REGION_CONFIG_FILE_OPTIONS")}, ...files }),`);
      file.line(`useFipsEndpoint: config.useFipsEndpoint ?? ${cfg("loadConfig")}(${cfg("NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS")}, files),`);
      file.line(`useDualstackEndpoint: config.useDualstackEndpoint ?? ${cfg("loadConfig")}(${cfg("NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS")}, files),`);
      file.line(`maxAttempts: config.maxAttempts ?? ${cfg("loadConfig")}(${retry("NODE_MAX_ATTEMPT_CONFIG_OPTIONS")}, files),`);
      file.line(`retryMode: config.retryMode ?? ${cfg("loadConfig")}({ ...${retry("NODE_RETRY_MODE_CONFIG_OPTIONS")}, default: ${retry("DEFAULT_RETRY_MODE")} }, files),`);
      if (usesRequestCompression(context)) {
        const compression = (name: string): string => file.value({ name, from: COMPRESSION_PACKAGE });
        file.line(`disableRequestCompression: config.disableRequestCompression ?? ${cfg("loadConfig")}(${compression("NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS")}, files),`);
        file.line(`requestMinCompressionSizeBytes: config.requestMinCompressionSizeBytes ?? ${cfg("loadConfig")}(${compression("NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS")}, files),`);
      }
      file.line("defaultCredentials: () => defaultCredentialChain(config),");
      file.line(`streamCollector: ${streamCollector},`);
      file.line(`bodyLengthChecker: ${calculateBodyLength},`);
    }, "};");
  });
  file.line();
  file.doc([
    "The AWS SDK's default credential chain (environment, SSO, shared files, web identity, ECS, EC2),",
    "imported on the first request, not when the client is built.",
  ]);
  const defaultProvider = file.type({ name: "defaultProvider", from: "@aws-sdk/credential-provider-node" });
  file.block(`function defaultCredentialChain(config: ${config}): ${credentialProvider} {`, () => {
    file.line(`let chain: Promise<ReturnType<typeof ${defaultProvider}>> | undefined;`);
    file.block("return async (options) => {", () => {
      file.line('chain ??= import("@aws-sdk/credential-provider-node").then((module) =>');
      file.line("  module.defaultProvider({ profile: config.profile, ...(config.logger ? { logger: config.logger } : {}) }),");
      file.line(");");
      file.line("return (await chain)(options);");
    }, "};");
  });
}

export function writeBrowserRuntimeConfigFile(context: TargetContext, pkg: PackageBuilder, names: ClientSymbols): void {
  const file = pkg.tsFile(names.browserRuntimeConfigFile);
  file.declare("getRuntimeConfig");
  const config = clientConfig(context, file);
  const runtimeConfig = file.type({ name: "RuntimeConfig", from: names.getSharedRuntimeConfig.from });
  const shared = file.value(names.getSharedRuntimeConfig);
  const requestHandlerInput = file.value({ name: "requestHandlerInput", from: names.getSharedRuntimeConfig.from });
  const retry = (name: string): string => file.value({ name, from: "@smithy/core/retry" });
  const fetchHandler = file.value({ name: "FetchHttpHandler", from: "@smithy/fetch-http-handler" });
  const streamCollector = file.value({ name: "streamCollector", from: "@smithy/fetch-http-handler" });
  const calculateBodyLength = file.value({ name: "calculateBodyLength", from: "@smithy/core/serde" });
  const error = file.value(names.configurationError);
  file.doc([
    "Defaults for browsers (and other runtimes bundled with the `browser` field): `fetch`, no",
    "environment or files to read, and no default credentials: pass `credentials` explicitly.",
  ]);
  file.block(`export function getRuntimeConfig(config: ${config}): ${runtimeConfig} {`, () => {
    file.block("return {", () => {
      file.line(`...${shared}(config),`);
      file.line('runtime: "browser",');
      file.line(`requestHandler: ${fetchHandler}.create(${requestHandlerInput}(config)),`);
      file.line("region: config.region,");
      file.line("useFipsEndpoint: config.useFipsEndpoint ?? false,");
      file.line("useDualstackEndpoint: config.useDualstackEndpoint ?? false,");
      file.line(`maxAttempts: config.maxAttempts ?? ${retry("DEFAULT_MAX_ATTEMPTS")},`);
      file.line(`retryMode: config.retryMode ?? ${retry("DEFAULT_RETRY_MODE")},`);
      if (usesRequestCompression(context)) {
        const compression = (name: string): string => file.value({ name, from: COMPRESSION_PACKAGE });
        file.line(`disableRequestCompression: config.disableRequestCompression ?? ${compression("DEFAULT_DISABLE_REQUEST_COMPRESSION")},`);
        file.line(`requestMinCompressionSizeBytes: config.requestMinCompressionSizeBytes ?? ${compression("DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES")},`);
      }
      file.line("defaultCredentials: () => async () => {");
      file.line(`  throw new ${error}("credentials", "browsers have no default credential chain; pass \`credentials\` (e.g. from Amazon Cognito)");`);
      file.line("},");
      file.line(`streamCollector: ${streamCollector},`);
      file.line(`bodyLengthChecker: ${calculateBodyLength},`);
    }, "};");
  });
}
