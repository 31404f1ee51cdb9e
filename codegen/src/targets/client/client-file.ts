import type { PackageBuilder } from "../../core/generated-package.js";
import { runtimeSymbol, type RuntimeName } from "../../core/runtime-symbols.js";
import type { TsSymbol } from "../../core/ts-file.js";
import { documentationOf } from "../../core/symbols.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import type { TargetContext } from "../../core/target.js";
import { getTrait } from "../../model/model.js";
import { isNodeObject } from "../../model/node.js";
import type { ClientSymbols } from "./client-symbols.js";
import type { EndpointModel } from "./endpoint-model.js";
import { endpointDiscoveryOf } from "./endpoint-discovery.js";
import { usesRequestCompression } from "./request-compression.js";
import { servedProtocols } from "../../protocols/registry.js";

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
  const endpointParameters = file.type(names.endpointParameters);
  const signingName = signingNameOf(context);
  const compression = usesRequestCompression(context);
  const discovery = endpointDiscoveryOf(context);

  const inputs = index.operations.map((operation) => file.type(symbols.symbol(symbols.commandInputHome(operation), "client")));
  const outputs = index.operations.map((operation) => file.type(symbols.symbol(symbols.commandOutputHome(operation), "client")));
  file.doc(["The input of any command of this client."]);
  file.line(`export type ServiceInputTypes =${unionLines(inputs, "object")};`);
  file.line();
  file.doc(["The output of any command of this client."]);
  file.line(`export type ServiceOutputTypes =${unionLines(outputs, t("MetadataBearer"))};`);
  file.line();

  const clientContext = endpoints.parameters.filter((parameter) => parameter.option && !parameter.builtIn);
  const accountIdMode = endpoints.parameters.find((parameter) => parameter.builtIn === "AWS::Auth::AccountIdEndpointMode");
  const awsClient = (name: RuntimeName<"@smithy-gen/aws-client">): TsSymbol => runtimeSymbol("@smithy-gen/aws-client", name);
  const compressionRuntime = (name: RuntimeName<"@smithy-gen/aws-client/compression">): TsSymbol => runtimeSymbol("@smithy-gen/aws-client/compression", name);
  const discoveryRuntime = (name: RuntimeName<"@smithy-gen/aws-client/endpoint-discovery">): TsSymbol => runtimeSymbol("@smithy-gen/aws-client/endpoint-discovery", name);

  // The options every AWS client takes come from the runtime; the model adds its own.
  const configBases = [`${file.type(awsClient("AwsClientConfig"))}<${endpointParameters}>`];
  if (compression) configBases.push(file.type(compressionRuntime("RequestCompressionConfig")));
  if (discovery) configBases.push(file.type(discoveryRuntime("EndpointDiscoveryConfig")));
  // A service declaring several protocols gets a client speaking each: `protocol` picks one, the first by default.
  const protocols = servedProtocols(index.service, symbols.settings.protocol).map((protocol) => protocol.name);
  const protocolType = protocols.map((name) => JSON.stringify(name)).join(" | ");
  const protocolOption = protocols.length > 1;
  const ownOptions = (accountIdMode ? 1 : 0) + (protocolOption ? 1 : 0) + clientContext.length;
  const optionGroups = ["the options of every AWS client", ...(compression ? ["request compression"] : []), ...(discovery ? ["endpoint discovery"] : []), ...(ownOptions ? ["its endpoint rules' own"] : [])];
  file.doc([
    `Configuration of {@link ${clientHome.name}}: ${optionGroups.length > 1 ? `${optionGroups.slice(0, -1).join(", ")} and ${optionGroups[optionGroups.length - 1]!}` : optionGroups[0]!}.`,
    "Every option is optional; the defaults are the AWS SDK's.",
  ]);
  if (ownOptions === 0) file.line(`export interface ${configName} extends ${configBases.join(", ")} {}`);
  else {
    file.block(`export interface ${configName} extends ${configBases.join(", ")} {`, () => {
      if (protocolOption) {
        file.doc([
          `The wire protocol to speak, one the service declares: ${protocols.map((name, position) => `\`"${name}"\`${position === 0 ? " (the default, as in the official AWS SDK)" : ""}`).join(" or ")}.`,
          "A command loads the request builder and response parser of the protocol the client speaks. (The official",
          "AWS SDK's option of this name takes a protocol class instead: one here throws a `ClientConfigurationError`.)",
        ]);
        file.line(`protocol?: ${protocolType};`);
      }
      if (accountIdMode) {
        file.doc(["`preferred` (default), `required` or `disabled`: whether to use account-based endpoints."]);
        file.line(`accountIdEndpointMode?: string | ${t("Provider")}<string>;`);
      }
      for (const parameter of clientContext) {
        file.doc(docToTsdoc(parameter.documentation));
        file.line(`${parameter.option}?: ${TS_TYPES[parameter.type]};`);
      }
    });
  }
  file.line();

  const resolvedBases = [`${file.type(awsClient("AwsClientResolvedConfig"))}<${endpointParameters}>`];
  if (compression) resolvedBases.push(file.type(compressionRuntime("CompressionResolvedConfig")));
  if (discovery) resolvedBases.push(file.type(discoveryRuntime("EndpointDiscoveryClientResolvedConfig")));
  if (ownOptions === 0 && resolvedBases.length === 1) {
    file.doc([`The configuration of {@link ${clientHome.name}} once defaults are filled in and values are resolved.`]);
    file.line(`export interface ${resolvedName} extends ${resolvedBases[0]} {}`);
  } else {
    file.declare(`${resolvedName}Type`);
    file.doc([`The parts of {@link ${resolvedName}}: each resolver's output.`]);
    file.line(`type ${resolvedName}Type = ${resolvedBases.join(" & ")}${ownOptions ? " & {" : ";"}`);
    if (ownOptions) {
      file.indent(() => {
        if (protocolOption) {
          // Not `protocol`: @smithy/core's client reserves that key for schema-based protocol objects.
          file.doc(["The wire protocol the client speaks: its `protocol` option, else the default."]);
          file.line(`readonly wireProtocol: ${protocolType};`);
        }
        if (accountIdMode) file.line(`readonly accountIdEndpointMode: string | ${t("Provider")}<string>;`);
        for (const parameter of clientContext) file.line(`readonly ${parameter.option}?: ${TS_TYPES[parameter.type]};`);
      });
      file.line("};");
    }
    file.line();
    file.doc([`The configuration of {@link ${clientHome.name}} once defaults are filled in and values are resolved.`]);
    file.line(`export interface ${resolvedName} extends ${resolvedName}Type {}`);
  }
  file.line();

  const serviceDescription = "service";
  file.declare(serviceDescription);
  const version = index.service.version;
  file.doc([`What the AWS client runtime needs to know of ${symbols.serviceName}.`]);
  file.block(`const ${serviceDescription}: ${file.type(awsClient("AwsClientService"))}<${endpointParameters}> = {`, () => {
    file.line(`clientName: ${JSON.stringify(clientHome.name)},`);
    file.line(`serviceId: ${JSON.stringify(serviceIdOf(context))},`);
    file.line(`apiVersion: ${JSON.stringify(version ?? "")},`);
    file.line(`signingName: ${JSON.stringify(signingName ?? symbols.packageStem)},`);
    if (!signingName) file.line("unsigned: true,");
    file.line(`userAgent: ${JSON.stringify(`smithy-gen api/${symbols.packageStem}${version ? `#${version}` : ""}`)},`);
    file.line(`endpointProvider: ${file.value(names.defaultEndpointResolver)},`);
  }, "};");
  file.line();

  const serviceDocs = docToTsdoc(documentationOf(index.service));
  file.doc([
    ...serviceDocs,
    ...(serviceDocs.length ? [""] : []),
    `Sends commands to ${symbols.serviceName}, one \`client.send(new XCommand(input))\` at a time, so that a bundle holds only`,
    `the commands it uses. Service: \`${index.service.id}\``,
  ]);
  const base = file.value(awsClient("AwsClient"));
  file.line(`export class ${clientHome.name} extends ${base}<ServiceInputTypes, ServiceOutputTypes, ${resolvedName}> {`);
  file.indent(() => {
    file.block(`constructor(configuration: ${configName} = {}) {`, () => {
      let resolveAws = `${file.value(awsClient("resolveAwsClientConfig"))}(configuration, ${serviceDescription})`;
      if (!compression && !discovery && ownOptions === 0) {
        file.line(`super(${resolveAws});`);
        return;
      }
      if (discovery) {
        // Endpoint discovery reads the resolved credentials and whether the endpoint is a custom one.
        file.line(`const resolved = ${resolveAws};`);
        resolveAws = "resolved";
      }
      file.block("super({", () => {
        file.line(`...${resolveAws},`);
        if (discovery) {
          const command = file.value(symbols.symbol(symbols.commandHome(discovery.operation), "client"));
          file.line(`...${file.value(discoveryRuntime("resolveClientEndpointDiscoveryConfig"))}(configuration, resolved, ${command}, ${serviceDescription}.clientName),`);
        }
        if (compression) file.line(`...${file.value(compressionRuntime("resolveRequestCompressionConfig"))}(configuration, ${serviceDescription}.clientName),`);
        if (protocolOption) {
          const resolveProtocol = file.value(awsClient("resolveClientProtocol"));
          file.line(`wireProtocol: ${resolveProtocol}(${serviceDescription}.clientName, configuration.protocol, [${protocols.map((name) => JSON.stringify(name)).join(", ")}]),`);
        }
        if (accountIdMode) file.line(`accountIdEndpointMode: configuration.accountIdEndpointMode ?? ${JSON.stringify(typeof accountIdMode.default === "string" ? accountIdMode.default : "preferred")},`);
        for (const parameter of clientContext) file.line(`${parameter.option}: configuration.${parameter.option},`);
      }, "});");
    });
  });
  file.line("}");
}

/** The service's `sdkId` (`aws.api#service`), else its client name. */
function serviceIdOf(context: TargetContext): string {
  const trait = context.index.service.traits["aws.api#service"];
  if (trait && typeof trait === "object" && !Array.isArray(trait) && typeof trait.sdkId === "string") return trait.sdkId;
  return context.symbols.serviceName;
}

/** ` A` or `\n  | A\n  | B`, to follow `=`. */
function unionLines(members: readonly string[], empty: string): string {
  if (members.length === 0) return ` ${empty}`;
  if (members.length === 1) return ` ${members[0]!}`;
  return `\n${members.map((member) => `  | ${member}`).join("\n")}`;
}
