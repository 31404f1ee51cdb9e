import type { PackageBuilder } from "../../core/generated-package.js";
import { propertyKey } from "../../core/naming.js";
import { documentationOf } from "../../core/symbols.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import type { TargetContext } from "../../core/target.js";
import type { TsFile } from "../../core/ts-file.js";
import { getTrait, hasTrait } from "../../model/model.js";
import { isNodeArray, isNodeObject } from "../../model/node.js";
import { UNIT, type OperationShape } from "../../model/shapes.js";
import { commandPluginsOf, type ClientCustomization } from "../../customizations/index.js";
import type { ClientSymbols } from "./client-symbols.js";
import { compileContextPath } from "./context-path.js";
import type { EndpointModel } from "./endpoint-model.js";
import { nodeLiteral } from "./node-literal.js";
import { sendExampleLines } from "./send-example.js";
import { COMPRESSION_PACKAGE, compressionEncodingsOf } from "./request-compression.js";
import { discoveredEndpointOf } from "./endpoint-discovery.js";
import { runtimeSymbol } from "../../core/runtime-symbols.js";
import { outputEventStream } from "../../protocols/features.js";
import { protocolFolder, servedProtocols } from "../../protocols/registry.js";

/** How an operation is authenticated, from `@auth` and `@optionalAuth`. */
export function authOf(context: TargetContext, operation: OperationShape): "sigv4" | "anonymous" | "optional" {
  const auth = getTrait(operation, "smithy.api#auth");
  if (isNodeArray(auth) && auth.length === 0) return "anonymous";
  if (hasTrait(operation, "smithy.api#optionalAuth")) return "optional";
  return hasTrait(context.index.service, "aws.auth#sigv4") ? "sigv4" : "anonymous";
}

/** The input type of an operation as seen from `file`: the input structure, or `{}` for Unit. */
export function inputStructureType(context: TargetContext, file: TsFile, operation: OperationShape): string | undefined {
  const id = context.index.inputOf(operation);
  return id === UNIT ? undefined : file.type(context.symbols.symbol(context.symbols.typeHome(id), "client"));
}

export function outputStructureType(context: TargetContext, file: TsFile, operation: OperationShape): string | undefined {
  const id = context.index.outputOf(operation);
  return id === UNIT ? undefined : file.type(context.symbols.symbol(context.symbols.typeHome(id), "client"));
}

/** `src/commands/<operation>-command.ts`: the command class and its input and output types. */
export function writeCommandFile(
  context: TargetContext,
  pkg: PackageBuilder,
  names: ClientSymbols,
  endpoints: EndpointModel,
  customizations: readonly ClientCustomization[],
  operation: OperationShape,
): void {
  const { symbols, index } = context;
  const commandHome = symbols.commandHome(operation);
  const inputName = symbols.commandInputHome(operation).name;
  const outputName = symbols.commandOutputHome(operation).name;
  const file = pkg.tsFile(commandHome.file);
  for (const name of [commandHome.name, inputName, outputName]) file.declare(name);
  const operationName = symbols.operationName(operation);
  const serviceName = symbols.serviceName;
  const command = file.value({ name: "Command", from: "@smithy/core/client" });
  const metadataBearer = file.type({ name: "MetadataBearer", from: "@smithy/types" });
  const getSerdePlugin = file.value({ name: "getSerdePlugin", from: "@smithy/core/serde" });
  const getEndpointPlugin = file.value({ name: "getEndpointPlugin", from: "@smithy/core/endpoints" });
  const buildHome = symbols.requestSerializerHome(operation);
  const parseHome = symbols.responseDeserializerHome(operation);
  // `src/operations/<operation>.ts` of the serde package, by its `./operations/*` subpath.
  const operationModule = buildHome.file.replace(/^src\//, "").replace(/\.ts$/, "");
  const serdeModule = `${symbols.packageName("serde")}/${operationModule}`;
  file.dynamicImport(serdeModule);
  // The same module of each other protocol the client speaks: `<serde>/rpcv2-cbor/operations/<operation>`.
  const alternates = servedProtocols(index.service, symbols.settings.protocol)
    .slice(1)
    .map((protocol) => ({
      name: protocol.name,
      variable: `${protocol.name.replace(/_/g, "")}Serde`,
      module: `${symbols.packageName("serde")}/${protocolFolder(protocol)}/${operationModule}`,
    }));
  const resolvedConfig = file.type(names.clientResolvedConfig);
  const serviceInputs = file.type(names.serviceInputTypes);
  const serviceOutputs = file.type(names.serviceOutputTypes);
  const inputStructure = inputStructureType(context, file, operation);
  const outputStructure = outputStructureType(context, file, operation);

  file.doc([`The input of {@link ${commandHome.name}}${inputStructure ? "" : " (the operation takes none)"}.`, "", `Shape: \`${index.inputOf(operation)}\``]);
  file.line(inputStructure ? `export interface ${inputName} extends ${inputStructure} {}` : `export interface ${inputName} {}`);
  file.line();
  file.doc([`The output of {@link ${commandHome.name}}, with the response metadata.`, "", `Shape: \`${index.outputOf(operation)}\``]);
  file.line(`export interface ${outputName} extends ${outputStructure ? `${outputStructure}, ` : ""}${metadataBearer} {}`);
  file.line();

  const parameters = endpoints.operationParameters(operation);
  let usesIsPresent = false;
  let instructions = file.value(names.commonEndpointParameters);
  if (parameters.length > 0) {
    const type = file.type({ name: "EndpointParameterInstructions", from: "@smithy/types" });
    file.doc([`Where ${operationName} takes its endpoint parameters from.`]);
    file.block(`const endpointParameters: ${type} = {`, () => {
      file.line(`...${file.value(names.commonEndpointParameters)},`);
      for (const parameter of parameters) {
        const key = propertyKey(parameter.name);
        if (parameter.kind === "context") file.line(`${key}: { type: "contextParams", name: ${JSON.stringify(parameter.member)} },`);
        else if (parameter.kind === "static") file.line(`${key}: { type: "staticContextParams", value: ${nodeLiteral(parameter.value)} },`);
        else {
          const expression = compileContextPath(parameter.path, "input");
          if (!expression) {
            context.note({ severity: "warning", code: "Endpoints", subject: operation.id, message: `${operation.id}: @operationContextParams path \`${parameter.path}\` is not supported; ${parameter.name} stays unset`, ...(operation.location ? { location: operation.location } : {}) });
            continue;
          }
          usesIsPresent ||= expression.includes("isPresent");
          file.line(`${key}: { type: "operationContextParams", get: (input: ${inputName}) => ${expression} },`);
        }
      }
    }, "};");
    file.line();
    instructions = "endpointParameters";
  }

  file.doc([
    `The serializer and deserializer of ${operationName}, loaded when the command is first sent: a program`,
    alternates.length
      ? "loads the serde of the operations it sends, not of all the service's, in the protocol its client speaks."
      : "loads the serde of the operations it sends, not of all the service's.",
  ]);
  file.line(`let serde: Promise<typeof import(${JSON.stringify(serdeModule)})> | undefined;`);
  for (const alternate of alternates) {
    file.declare(alternate.variable);
    file.dynamicImport(alternate.module);
    file.line(`let ${alternate.variable}: Promise<typeof import(${JSON.stringify(alternate.module)})> | undefined;`);
  }
  if (alternates.length === 0) file.line(`const loadSerde = () => (serde ??= import(${JSON.stringify(serdeModule)}));`);
  else {
    file.line(`const loadSerde = (protocol: ${resolvedConfig}["wireProtocol"]) =>`);
    file.indent(() => {
      // A flat chain of conditionals, as Prettier prints one.
      alternates.forEach((alternate, position) => {
        file.line(`${position === 0 ? "" : `${"  ".repeat(position)}: `}protocol === ${JSON.stringify(alternate.name)}`);
        file.line(`${"  ".repeat(position + 1)}? (${alternate.variable} ??= import(${JSON.stringify(alternate.module)}))`);
      });
      file.line(`${"  ".repeat(alternates.length)}: (serde ??= import(${JSON.stringify(serdeModule)}));`);
    });
  }
  file.line();
  const load = alternates.length ? "loadSerde(config.wireProtocol)" : "loadSerde()";

  const docs = docToTsdoc(documentationOf(operation));
  const errors = index.errorsOf(operation).map((id) => symbols.typeName(id));
  const clientName = `${serviceName}Client`;
  file.doc([
    ...docs,
    ...(docs.length ? [""] : []),
    `Operation: \`${operation.id}\``,
    "",
    "@example",
    "```ts",
    ...sendExampleLines(context, operation),
    "```",
    ...errors.map((error) => `@throws {@link ${error}}`),
    `@throws {@link ${serviceName}ServiceException} for any other error the service returns`,
    ...(hasTrait(operation, "smithy.api#deprecated") ? ["@deprecated"] : []),
  ]);
  const auth = authOf(context, operation);
  const smithyContext = auth === "anonymous" ? ", { anonymous: true }" : auth === "optional" ? ", { optionalAuth: true }" : "";
  file.line(`export class ${commandHome.name} extends ${command}`);
  file.indent(() => {
    file.line(`.classBuilder<${inputName}, ${outputName}, ${resolvedConfig}, ${serviceInputs}, ${serviceOutputs}>()`);
    file.line(`.ep(${instructions})`);
    const discovered = discoveredEndpointOf(context, operation);
    const eventStream = outputEventStream(context.model, operation) !== undefined;
    const pad = discovered ? "    " : "  ";
    if (discovered) {
      // A function, not an arrow: the command builder binds `this` to the command (its input holds the identifiers).
      const self = discovered.identifiers.length ? `this: { readonly input: ${inputName} }, ` : "";
      file.line(`.m(function (${self}_command, clientStack, config: ${resolvedConfig}, options) {`);
      file.line("  return [");
    } else file.line(`.m((_command, _stack, config: ${resolvedConfig}${eventStream ? ", options" : ""}) => [`);
    file.line(`${pad}${getSerdePlugin}(`);
    file.line(`${pad}  config,`);
    file.line(`${pad}  async (input: ${inputName}, context) => (await ${load}).${buildHome.name}(input, context),`);
    // An event stream outlives send(): its reader takes the call's abortSignal, to end with an AbortError when it fires.
    const parseContext = eventStream ? "{ ...context, abortSignal: options?.abortSignal }" : "context";
    file.line(`${pad}  async (response, context) => (await ${load}).${parseHome.name}(response, ${parseContext}),`);
    file.line(`${pad}),`);
    file.line(`${pad}${getEndpointPlugin}(config, ${instructions}),`);
    if (discovered) {
      const plugin = file.value(runtimeSymbol("@smithy-gen/aws-client/endpoint-discovery", "getDiscoveredEndpointPlugin"));
      const identifiers = discovered.identifiers.length
        ? `, identifiers: { ${discovered.identifiers.map((member) => `${propertyKey(member)}: String(this.input.${member} ?? "")`).join(", ")} }`
        : "";
      file.line(`${pad}${plugin}(config, { client: ${JSON.stringify(clientName)}, operation: ${JSON.stringify(operationName)}, required: ${discovered.required}, clientStack, options${identifiers} }),`);
    }
    if (eventStream && prefersHttp2ForEventStreams(context)) {
      file.line(`${pad}${file.value(runtimeSymbol("@smithy-gen/aws-client", "getHttp2EventStreamPlugin"))}(config),`);
    }
    const encodings = compressionEncodingsOf(operation);
    if (encodings) file.line(`${pad}${file.value({ name: "getCompressionPlugin", from: COMPRESSION_PACKAGE })}(config, { encodings: [${encodings.map((encoding) => JSON.stringify(encoding)).join(", ")}] }),`);
    for (const plugin of commandPluginsOf(customizations, operation.id)) file.line(`${pad}${file.value(plugin)}(config),`);
    if (discovered) {
      file.line("  ];");
      file.line("})");
    } else file.line("])");
    file.line(`.s(${JSON.stringify(index.service.id.slice(index.service.id.indexOf("#") + 1))}, ${JSON.stringify(operationName)}${smithyContext})`);
    file.line(`.n(${JSON.stringify(clientName)}, ${JSON.stringify(commandHome.name)})`);
    file.line(".build() {}");
  });
  if (usesIsPresent) {
    file.line();
    file.line("/** Projections drop absent values, as JMESPath does. */");
    file.block("function isPresent<Value>(value: Value | null | undefined): value is Value {", () => {
      file.line("return value !== undefined && value !== null;");
    });
  }
}

/**
 * Whether the service's protocol prefers HTTP/2 for event streams: the first version its protocol
 * trait lists in `eventStreamHttp` (else in `http`) is `h2` (Kinesis: `eventStreamHttp: ["h2"]`).
 */
function prefersHttp2ForEventStreams(context: TargetContext): boolean {
  const service = context.index.service;
  for (const [id, value] of Object.entries(service.traits)) {
    if (!id.startsWith("aws.protocols#") && !id.startsWith("smithy.protocols#")) continue;
    if (!isNodeObject(value)) continue;
    const versions = isNodeArray(value.eventStreamHttp) ? value.eventStreamHttp : isNodeArray(value.http) ? value.http : undefined;
    if (versions?.[0] === "h2") return true;
  }
  return false;
}
