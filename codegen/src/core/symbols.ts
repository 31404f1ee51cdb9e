import { getTrait, hasTrait } from "../model/model.js";
import type { ShapeId } from "../model/shape-id.js";
import { shapeIdName } from "../model/shape-id.js";
import type { OperationShape, Shape } from "../model/shapes.js";
import { sdkIdOf, type ServiceIndex } from "../knowledge/service-index.js";
import { escapeDeclarationName, kebabCase, lowerFirst, upperFirst } from "./naming.js";
import type { TsSymbol } from "./ts-file.js";

/** The generated packages of a service: the four of its SDK, and the server (its emulator and test doubles). */
export type PackageRole = "types" | "serde" | "paginators" | "client" | "server";
export const PACKAGE_ROLES: readonly PackageRole[] = ["types", "serde", "paginators", "client", "server"];

export interface GeneratorSettings {
  /** npm scope of the generated packages, with the `@`. */
  readonly scope: string;
  /**
   * The stem of the package names and directories (`<scope>/<prefix>-types`); default the
   * service's `packageStem`. Only the packages' names change: file names, the signing name
   * fallback and the user agent keep the sdkId's stem.
   */
  readonly packagePrefix?: string;
  /**
   * The protocol to generate with, by name (`rpcv2Cbor`): one the service declares. Default the one
   * the official AWS SDK uses (the first of `PROTOCOLS` the service declares).
   */
  readonly protocol?: string;
}

export const DEFAULT_SETTINGS: GeneratorSettings = { scope: "@smithy-gen" };

/**
 * Where a symbol is defined: which package, which source file in it, and which export path
 * (`.` or a subpath such as `./arbitraries`) re-exports it.
 */
export interface SymbolHome {
  readonly role: PackageRole;
  readonly file: string;
  readonly name: string;
  readonly exportPath: "." | "./arbitraries";
}

/**
 * The one place that decides every generated TypeScript name and file path. Names depend only
 * on the shape (and the service's `rename`), never on the order shapes are visited.
 */
export interface SymbolProvider {
  readonly index: ServiceIndex;
  readonly settings: GeneratorSettings;
  /** `Lightsail`, `CognitoIdentityProvider`: the PascalCase service name the official SDK uses. */
  readonly serviceName: string;
  /** `lightsail`, `cognito-identity-provider`: the stem the sdkId gives (file names, user agent). */
  readonly packageStem: string;
  /** The stem of the package names and directories: `settings.packagePrefix`, else `packageStem`. */
  readonly packagePrefix: string;
  packageName(role: PackageRole): string;
  /** Directory of a package under the output root, e.g. `lightsail-types`. */
  packageDir(role: PackageRole): string;

  /** The shape's name inside this service: `rename` applied, not yet escaped. */
  shapeName(id: ShapeId): string;
  /** The TypeScript declaration name of a named shape (structure, union, enum, intEnum, error). */
  typeName(id: ShapeId): string;
  /** Where the type of a named shape lives (types package). */
  typeHome(id: ShapeId): SymbolHome;
  /** The service's exception base class, `LightsailServiceException`. */
  serviceExceptionHome(): SymbolHome;
  /** Where the fast-check arbitrary of a shape lives (types package, `./arbitraries`). */
  arbitraryHome(id: ShapeId): SymbolHome;

  /** Shape-level JSON converters (serde package): `serializeExportSnapshotRecord`. */
  serializerHome(id: ShapeId): SymbolHome;
  deserializerHome(id: ShapeId): SymbolHome;
  /**
   * The same converters, for the direction the package itself does not need (a serializer of an
   * output shape, say), written under `test/` for the round-trip tests: `test/converters/<shape>.ts`.
   */
  testSerializerHome(id: ShapeId): SymbolHome;
  testDeserializerHome(id: ShapeId): SymbolHome;
  /** Operation-level request builder and response parser (serde package). */
  requestSerializerHome(operation: OperationShape): SymbolHome;
  responseDeserializerHome(operation: OperationShape): SymbolHome;

  /** `GetExportSnapshotRecords` */
  operationName(operation: OperationShape): string;
  /** `GetExportSnapshotRecordsCommand` and its input/output types (client package). */
  commandHome(operation: OperationShape): SymbolHome;
  commandInputHome(operation: OperationShape): SymbolHome;
  commandOutputHome(operation: OperationShape): SymbolHome;
  /** `getExportSnapshotRecords`, the method of the aggregated client. */
  methodName(operation: OperationShape): string;
  clientHome(): SymbolHome;
  clientConfigHome(): SymbolHome;
  aggregateClientHome(): SymbolHome;
  /** `paginateGetExportSnapshotRecords` (paginators package). */
  paginatorHome(operation: OperationShape): SymbolHome;

  /**
   * The server package's converters, the mirror of the serde package's: deserializers of what
   * operations receive, serializers of what they answer (`src/shapes/<shape>.ts`).
   */
  serverSerializerHome(id: ShapeId): SymbolHome;
  serverDeserializerHome(id: ShapeId): SymbolHome;
  /** `lightsailServerService`, the `AwsJsonServerService` of the server package. */
  serverServiceHome(): SymbolHome;
  /** `lightsailConstraints`, the model's constraints as the server checks them. */
  constraintsHome(): SymbolHome;
  /** `LightsailHandlers`: a method per operation. */
  handlersHome(): SymbolHome;
  /** `createLightsailServer(handlers, options?)`. */
  createServerHome(): SymbolHome;
  /** `createFakeLightsail(options?)`: every operation answered from the model's arbitraries. */
  createFakeHome(): SymbolHome;
  /** `mockLightsailClient(client)`: stubs on a client's middleware stack, checked against the model. */
  mockClientHome(): SymbolHome;

  /** A symbol for `home` as seen from a file of package `from`. */
  symbol(home: SymbolHome, from: PackageRole): TsSymbol;
}

/** `Cognito Identity Provider` -> `CognitoIdentityProvider`, `ECR PUBLIC` -> `ECRPUBLIC`. */
export function serviceNameFromSdkId(sdkId: string): string {
  return sdkId
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(upperFirst)
    .join("");
}

/** `Cognito Identity Provider` -> `cognito-identity-provider`. */
export function packageStemFromSdkId(sdkId: string): string {
  return sdkId
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function isErrorShape(shape: Shape): boolean {
  return shape.type === "structure" && hasTrait(shape, "smithy.api#error");
}

export function createSymbolProvider(index: ServiceIndex, settings: GeneratorSettings = DEFAULT_SETTINGS): SymbolProvider {
  const sdkId = sdkIdOf(index.service);
  const serviceName = serviceNameFromSdkId(sdkId);
  const packageStem = packageStemFromSdkId(sdkId);
  const packagePrefix = settings.packagePrefix ?? packageStem;
  const rename = index.service.rename;

  const shapeName = (id: ShapeId): string => rename[id] ?? shapeIdName(id);
  const typeName = (id: ShapeId): string => escapeDeclarationName(shapeName(id));
  const fileStem = (id: ShapeId): string => kebabCase(shapeName(id));
  const home = (role: PackageRole, file: string, name: string, exportPath: SymbolHome["exportPath"] = "."): SymbolHome => ({
    role,
    file,
    name,
    exportPath,
  });
  const operationName = (operation: OperationShape): string => shapeName(operation.id);
  const operationStem = (operation: OperationShape): string => kebabCase(operationName(operation));

  const provider: SymbolProvider = {
    index,
    settings,
    serviceName,
    packageStem,
    packagePrefix,
    packageName: (role) => `${settings.scope}/${packagePrefix}-${role}`,
    packageDir: (role) => `${packagePrefix}-${role}`,
    shapeName,
    typeName,
    typeHome(id) {
      const shape = index.model.expectShape(id);
      const dir = isErrorShape(shape) ? "errors" : "models";
      return home("types", `src/${dir}/${fileStem(id)}.ts`, typeName(id));
    },
    serviceExceptionHome: () =>
      home("types", `src/errors/${packageStem}-service-exception.ts`, `${serviceName}ServiceException`),
    arbitraryHome: (id) => home("types", `src/arbitraries/${fileStem(id)}.ts`, `arbitrary${shapeName(id)}`, "./arbitraries"),
    serializerHome: (id) => home("serde", `src/shapes/${fileStem(id)}.ts`, `serialize${shapeName(id)}`),
    deserializerHome: (id) => home("serde", `src/shapes/${fileStem(id)}.ts`, `deserialize${shapeName(id)}`),
    testSerializerHome: (id) => home("serde", `test/converters/${fileStem(id)}.ts`, `serialize${shapeName(id)}`),
    testDeserializerHome: (id) => home("serde", `test/converters/${fileStem(id)}.ts`, `deserialize${shapeName(id)}`),
    requestSerializerHome: (operation) =>
      home("serde", `src/operations/${operationStem(operation)}.ts`, `build${operationName(operation)}Request`),
    responseDeserializerHome: (operation) =>
      home("serde", `src/operations/${operationStem(operation)}.ts`, `parse${operationName(operation)}Response`),
    operationName,
    commandHome: (operation) =>
      home("client", `src/commands/${operationStem(operation)}-command.ts`, `${operationName(operation)}Command`),
    commandInputHome: (operation) =>
      home("client", `src/commands/${operationStem(operation)}-command.ts`, `${operationName(operation)}CommandInput`),
    commandOutputHome: (operation) =>
      home("client", `src/commands/${operationStem(operation)}-command.ts`, `${operationName(operation)}CommandOutput`),
    methodName: (operation) => lowerFirst(operationName(operation)),
    clientHome: () => home("client", `src/${packageStem}-client.ts`, `${serviceName}Client`),
    clientConfigHome: () => home("client", `src/${packageStem}-client.ts`, `${serviceName}ClientConfig`),
    aggregateClientHome: () => home("client", `src/${packageStem}.ts`, serviceName),
    paginatorHome: (operation) =>
      home("paginators", `src/${operationStem(operation)}-paginator.ts`, `paginate${operationName(operation)}`),
    serverSerializerHome: (id) => home("server", `src/shapes/${fileStem(id)}.ts`, `serialize${shapeName(id)}`),
    serverDeserializerHome: (id) => home("server", `src/shapes/${fileStem(id)}.ts`, `deserialize${shapeName(id)}`),
    serverServiceHome: () => home("server", "src/service.ts", `${lowerFirstWord(serviceName)}ServerService`),
    constraintsHome: () => home("server", "src/constraints.ts", `${lowerFirstWord(serviceName)}Constraints`),
    handlersHome: () => home("server", "src/handlers.ts", `${serviceName}Handlers`),
    createServerHome: () => home("server", `src/${packageStem}-server.ts`, `create${serviceName}Server`),
    createFakeHome: () => home("server", `src/fake-${packageStem}.ts`, `createFake${serviceName}`),
    mockClientHome: () => home("server", `src/mock-${packageStem}-client.ts`, `mock${serviceName}Client`),
    symbol(target, from) {
      if (target.role === from) return { name: target.name, from: target.file };
      const subpath = target.exportPath === "." ? "" : target.exportPath.slice(1);
      return { name: target.name, from: `${provider.packageName(target.role)}${subpath}` };
    },
  };
  return provider;
}

/** The documentation trait of a shape or member, if any. */
export function documentationOf(shape: { traits: Record<string, unknown> }): string | undefined {
  const doc = getTrait(shape as { traits: Record<string, never> }, "smithy.api#documentation");
  return typeof doc === "string" ? doc : undefined;
}

/** `Lightsail` -> `lightsail`, `DynamoDB` -> `dynamoDB`, `ECRPUBLIC` -> `ecrpublic`: a value name from the service name. */
export function lowerFirstWord(name: string): string {
  const leadingCapitals = /^[A-Z]+(?=[A-Z][a-z]|$)|^[A-Z]/.exec(name)?.[0] ?? "";
  return leadingCapitals.toLowerCase() + name.slice(leadingCapitals.length);
}
