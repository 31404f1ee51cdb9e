import type { PackageBuilder } from "../core/generated-package.js";
import type { TargetContext } from "../core/target.js";
import type { TsFile, TsSymbol } from "../core/ts-file.js";
import type { ShapeId } from "../model/shape-id.js";
import type { MemberShape, OperationShape, Shape } from "../model/shapes.js";

/**
 * Something an operation may need from its protocol beyond plain request and response
 * documents. An operation needing a feature its protocol does not support still gets its
 * functions, which throw a clear error at runtime, and the generator reports it.
 */
export type ProtocolFeature =
  /** A `@streaming` union (an event stream) in the output: the service sends events. */
  | "eventStream"
  /** A `@streaming` union in the input: the client sends events. */
  | "inputEventStream"
  /** A `@streaming` blob member. */
  | "streamingBlob"
  /** `aws.api#clientDiscoveredEndpoint(required: true)`: the endpoint must be discovered first. */
  | "endpointDiscovery"
  /** `@endpoint(hostPrefix: ...)`, with `@hostLabel` input members. */
  | "hostPrefix"
  /** A `document` anywhere in the input, output or errors. */
  | "document";

/** How reports and runtime errors name a feature. */
export const FEATURE_DESCRIPTIONS: Readonly<Record<ProtocolFeature, string>> = {
  eventStream: "event streams",
  inputEventStream: "input event streams",
  streamingBlob: "streaming blobs",
  endpointDiscovery: "required endpoint discovery",
  hostPrefix: "host prefixes",
  document: "document types",
};

/**
 * One wire protocol, registered in `protocols/registry.ts`. It declares what it supports; the
 * serde target asks it for all protocol-specific code through a per-package generator. It never
 * decides names or file placement: those come from the symbol provider, through the context.
 */
export interface ProtocolPlugin {
  /** The protocol trait applied to services, e.g. `aws.protocols#awsJson1_1`. */
  readonly traitId: ShapeId;
  /** `awsJson1_1` */
  readonly name: string;
  /** The media type of request and response bodies, e.g. `application/x-amz-json-1.1`. */
  readonly contentType: string;
  readonly supports: ReadonlySet<ProtocolFeature>;
  createGenerator(context: ProtocolGeneratorContext): ProtocolGenerator;
}

/** The names of a package's shape converters (`serializeX`, `deserializeX`). */
export interface ConverterNames {
  serializer(id: ShapeId): TsSymbol;
  deserializer(id: ShapeId): TsSymbol;
}

/** The error classes of the serde package (written by the serde target, thrown by protocol code). */
export interface SerdeErrorSymbols {
  /** `LightsailSerializationError`: the input does not match the model. */
  readonly serialization: TsSymbol;
  /** `LightsailDeserializationError`: the response does not match the model. */
  readonly deserialization: TsSymbol;
  /** `LightsailServiceException`, from the types package. */
  readonly serviceException: TsSymbol;
}

/** What a protocol generator sees of the package being generated. */
export interface ProtocolGeneratorContext {
  readonly target: TargetContext;
  readonly pkg: PackageBuilder;
  /** The operations generated with this protocol (those needing unsupported features excluded). */
  readonly operations: readonly OperationShape[];
  /** Every shape that gets converters, sorted by id. */
  readonly shapes: readonly Shape[];
  readonly names: ConverterNames;
  readonly errors: SerdeErrorSymbols;
  /** The TypeScript type of a shape as seen from `file` (named types are imported). */
  typeOf(file: TsFile, id: ShapeId): string;
  /** The property holding a member on the TypeScript value (an error renames some, e.g. `name_`). */
  propertyName(container: Shape, member: MemberShape): string;
}

/** Writes the protocol-specific code of one package. */
export interface ProtocolGenerator {
  /**
   * `src/protocol.ts`: how the service speaks the protocol (its exception classes, content type and
   * so on), the one argument the request builders and response parsers pass to the protocol's
   * runtime package. Called once, before anything else.
   */
  writeServiceProtocol(): void;
  /** `serializeX(value, path)` of a structure, union, list or map, or of an error's members. */
  writeSerializer(file: TsFile, shape: Shape): void;
  /** `deserializeX(json, path)`; for an error shape `deserializeX(json, path, $metadata)` returning the exception. */
  writeDeserializer(file: TsFile, shape: Shape): void;
  /** `export async function <name>(input, context): Promise<HttpRequest>`. */
  writeRequestBuilder(file: TsFile, operation: OperationShape, name: string): void;
  /** `export async function <name>(response, context): Promise<Output & MetadataBearer>`. */
  writeResponseParser(file: TsFile, operation: OperationShape, name: string): void;
  /** The helpers generated tests use to speak the protocol, written into `file`. */
  writeTestSupport(file: TsFile): ProtocolTestSupport;
}

/**
 * Test helpers a protocol writes (all in one test file). The serde target's generated tests
 * are protocol-neutral and speak the wire only through these.
 */
export interface ProtocolTestSupport {
  /** `(value: unknown) => Uint8Array`: a serializer's result as it travels. */
  readonly encode: TsSymbol;
  /** `(bytes: Uint8Array) => unknown`: what a deserializer receives from the wire. */
  readonly decode: TsSymbol;
  /**
   * `(statusCode, shapeId, body, { hasCodeMember?, queryCode? }) => ErrorResponseVariant[]`: every
   * way the protocol lets a service send that error, each `{ description, response }`.
   */
  readonly errorResponses: TsSymbol;
  /** `(statusCode: number, body: string, headers?: Record<string, string>) => HttpResponse`. */
  readonly response: TsSymbol;
  /** `(endpoint?: { hostname?: string; path?: string }) => SerdeContext` for tests. */
  readonly serdeContext: TsSymbol;
  /**
   * `(request: HttpRequest, operationName: string) => unknown`: asserts the protocol's method,
   * path and headers, and returns the parsed body.
   */
  readonly expectRequest: TsSymbol;
  /** The path of an operation's requests under an endpoint's base path (`/custom` -> `/custom/` for awsJson). */
  requestPath(operationName: string, basePath: string): string;
  /** How test names describe an operation's request: `POST / with its target and content type`. */
  requestDescription(operationName: string): string;
  /** The expression of a response body holding the value of `expression`, written in `file`: `JSON.stringify(...)`, `encode(...)`. */
  body(file: TsFile, expression: string): string;
  /** A value whose encoding no strict prefix of is a valid body, for the truncated body test: `{}` in JSON (`{` is not JSON). */
  readonly truncatableValue: string;
  /** How test names call the body format: `JSON`, `CBOR`. */
  readonly bodyName: string;
}
