import type { TsSymbol } from "./ts-file.js";

/**
 * The runtime packages (`packages/runtime/*`), hand-written and versioned on their own, and every
 * name the generator may import from each: the one table of runtime names. A generated import of
 * a name missing here does not compile in the generator, and `runtime-symbols.test.ts` checks the
 * table against what each package's `src/index.ts` really exports.
 */
export const RUNTIME_EXPORTS = {
  "@smithy-gen/serde-core": [
    "DeserializationErrorOptions",
    "SerializationError",
    "SerializationErrorOptions",
    "ShapeMismatchError",
    "UnsupportedOperationError",
    "ValuePath",
    "deserializationErrorClass",
    "describeValue",
    "pathText",
  ],
  "@smithy-gen/serde-json": [
    "JsonObject",
    "bigNumberJsonText",
    "parseJsonText",
    "parseJsonTextWithBigNumbers",
    "readArray",
    "readBigDecimal",
    "readBigInteger",
    "readBlob",
    "readBoolean",
    "readDateTime",
    "readDocument",
    "readDocumentWithBigNumbers",
    "readEpochSeconds",
    "readEpochSecondsWithBigNumbers",
    "readErrorMessage",
    "readFloat",
    "readFloatWithBigNumbers",
    "readHttpDate",
    "readInteger",
    "readIntegerWithBigNumbers",
    "readObject",
    "readOwnMember",
    "readString",
    "readUnionMember",
    "setEntry",
    "stringMembersError",
    "toJsonText",
    "toJsonTextWithBigNumbers",
    "writeArray",
    "writeBigDecimal",
    "writeBigInteger",
    "writeBlob",
    "writeBoolean",
    "writeDateTime",
    "writeDocument",
    "writeEpochSeconds",
    "writeFloat",
    "writeHttpDate",
    "writeInteger",
    "writeObject",
    "writeOwnMember",
    "writeString",
    "writeUnionMember",
  ],
  "@smithy-gen/serde-cbor": [
    "CborMap",
    "decodeCbor",
    "encodeCbor",
    "readArray",
    "readBigDecimal",
    "readBigInteger",
    "readBlob",
    "readBoolean",
    "readDocument",
    "readEpochSeconds",
    "readErrorMessage",
    "readFloat",
    "readInteger",
    "readObject",
    "readOwnMember",
    "readString",
    "readUnionMember",
    "setEntry",
    "stringMembersError",
    "writeArray",
    "writeBigDecimal",
    "writeBigInteger",
    "writeBlob",
    "writeBoolean",
    "writeEpochSeconds",
    "writeFloat",
    "writeInteger",
    "writeObject",
    "writeOwnMember",
    "writeString",
    "writeUnionMember",
  ],
  "@smithy-gen/rpcv2-cbor-protocol": ["ErrorTable", "RpcV2CborService", "awsQueryCompatible", "buildRpcV2CborRequest", "parseRpcV2CborResponse"],
  "@smithy-gen/aws-json-protocol": [
    "AwsJsonService",
    "ErrorTable",
    "EventStreamContext",
    "EventStreamTable",
    "awsQueryCompatible",
    "buildAwsJsonRequest",
    "buildPrefixedAwsJsonRequest",
    "hostLabel",
    "parseAwsJsonEventStreamResponse",
    "parseAwsJsonResponse",
  ],
  "@smithy-gen/aws-json-server": [
    "AwsJsonServer",
    "AwsJsonServerOptions",
    "AwsJsonServerService",
    "ClientMock",
    "ConstraintTable",
    "FakeOptions",
    "ServerContext",
    "checkConstraints",
    "createAwsJsonServer",
    "createFakeAwsJsonServer",
    "mockAwsJsonClient",
  ],
  "@smithy-gen/aws-client": [
    "AwsClient",
    "AwsClientConfig",
    "AwsClientResolvedConfig",
    "AwsClientService",
    "ClientConfigurationError",
    "createEndpointResolver",
    "endpointParameterInstructions",
    "getHttp2EventStreamPlugin",
    "resolveAwsClientConfig",
    "resolveClientProtocol",
    "useAwsClientMiddleware",
  ],
  "@smithy-gen/aws-client/endpoint-discovery": [
    "EndpointDiscoveryClientResolvedConfig",
    "EndpointDiscoveryConfig",
    "EndpointDiscoveryError",
    "getDiscoveredEndpointPlugin",
    "resolveClientEndpointDiscoveryConfig",
  ],
  "@smithy-gen/aws-client/compression": ["CompressionResolvedConfig", "RequestCompressionConfig", "resolveRequestCompressionConfig"],
  "@smithy-gen/pagination": ["PageWalkConfiguration", "RepeatedPageTokenError", "tokenKey", "walkItems", "walkPages"],
  "@smithy-gen/waiters": ["Acceptor", "WaiterAbortedError", "WaiterDefinition", "WaiterFailureError", "WaiterSuccess", "WaiterTimeoutError", "acceptorState", "waitUntil"],
  "@smithy-gen/arbitraries": [
    "ArbitraryOptions",
    "DEFAULT_MAX_DEPTH",
    "builtOnce",
    "constrainedString",
    "decimalValue",
    "documentValue",
    "eventStream",
    "intEnumValue",
    "maxDepthOf",
    "safeInteger",
    "stringEnumValue",
    "structurallyEqual",
    "structure",
    "timestamp",
    "unionMember",
    "unknownUnionMember",
  ],
} as const satisfies Record<string, readonly string[]>;

/** A runtime module specifier: a package, or a package's subpath such as `@smithy-gen/aws-client/compression`. */
export type RuntimeModule = keyof typeof RUNTIME_EXPORTS;

/** The names a runtime module exports. */
export type RuntimeName<Module extends RuntimeModule> = (typeof RUNTIME_EXPORTS)[Module][number];

/** The runtime packages (no subpaths); generated packages depend on them with `workspace:^`. */
export const RUNTIME_PACKAGES: readonly string[] = [...new Set(Object.keys(RUNTIME_EXPORTS).map((module) => module.split("/").slice(0, 2).join("/")))].sort();

/**
 * The build step every generated package runs after its two tsc compiles (`smithy-gen-package-build`,
 * packages/runtime/package-build): a development dependency from the same workspace, never imported.
 */
export const PACKAGE_BUILD_TOOL = "@smithy-gen/package-build";

/** A symbol of a runtime package, e.g. `runtimeSymbol("@smithy-gen/serde-json", "readString")`. */
export function runtimeSymbol<Module extends RuntimeModule>(module: Module, name: RuntimeName<Module>): TsSymbol {
  return { name, from: module };
}

/** A lookup of one runtime module's symbols by name. */
export function runtimeModule<Module extends RuntimeModule>(module: Module): (name: RuntimeName<Module>) => TsSymbol {
  return (name) => runtimeSymbol(module, name);
}
