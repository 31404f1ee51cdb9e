import { runtimeSymbol, type RuntimeName } from "../../core/runtime-symbols.js";
import type { TsSymbol } from "../../core/ts-file.js";

/**
 * The helpers every JSON shape converter uses, from the runtime packages `@smithy-gen/serde-json`
 * (reading a parsed JSON value as a model type, throwing a `ShapeMismatchError` that names the
 * path when it is not one, and writing a model value as JSON) and `@smithy-gen/serde-core`.
 */
export interface JsonRuntime {
  readonly shapeMismatchError: TsSymbol;
  /** `ValuePath`: where a value sits, as converters pass it down (joined into text only for an error). */
  readonly jsonPath: TsSymbol;
  /** `pathText(path)`: the text of a `ValuePath`, e.g. `$.records[3].createdAt`. */
  readonly pathText: TsSymbol;
  readonly jsonObject: TsSymbol;
  /** `stringMembersError(errorClass, members)`: the deserializer of an error whose members are all optional strings. */
  readonly stringMembersError: TsSymbol;
  /** `readObject`, `readString`, ..., by name; `readDocument` is the service's variant (see `bigNumbers`). */
  read(name: JsonReadHelper): TsSymbol;
  write(name: JsonWriteHelper): TsSymbol;
  /** JSON text in and out: plain, or keeping long numbers exact when the service has big numbers. */
  readonly toJsonText: TsSymbol;
  readonly parseJsonText: TsSymbol;
  /** The service's `JsonText` (`bigNumberJsonText`), or undefined for plain `JSON` (the protocol's default). */
  readonly jsonText: TsSymbol | undefined;
}

export type JsonReadHelper = Extract<
  RuntimeName<"@smithy-gen/serde-json">,
  | "readObject"
  | "readArray"
  | "readString"
  | "readBoolean"
  | "readInteger"
  | "readFloat"
  | "readBigInteger"
  | "readBigDecimal"
  | "readBlob"
  | "readEpochSeconds"
  | "readDateTime"
  | "readHttpDate"
  | "readDocument"
  | "readUnionMember"
  | "readOwnMember"
  | "readErrorMessage"
  | "setEntry"
>;

export type JsonWriteHelper = Extract<RuntimeName<"@smithy-gen/serde-json">, `write${string}`>;

export interface JsonRuntimeOptions {
  /** Whether any shape of the package is a bigInteger or bigDecimal: long numbers are then kept exact in JSON text. */
  readonly bigNumbers: boolean;
}

const SERDE_JSON = "@smithy-gen/serde-json";
const SERDE_CORE = "@smithy-gen/serde-core";

/**
 * The reader of JSON text parsed with `bigNumberJsonText`, where long numbers come as bigints and
 * `NumericValue`s: for the readers of plain numbers and documents, its `WithBigNumbers` variant
 * (a separate function, so that services without big numbers do not bundle that handling).
 */
function withBigNumbers(name: JsonReadHelper): RuntimeName<"@smithy-gen/serde-json"> {
  switch (name) {
    case "readDocument":
      return "readDocumentWithBigNumbers";
    case "readInteger":
      return "readIntegerWithBigNumbers";
    case "readFloat":
      return "readFloatWithBigNumbers";
    case "readEpochSeconds":
      return "readEpochSecondsWithBigNumbers";
    default:
      return name;
  }
}

/** The JSON helpers a package uses. */
export function jsonRuntime(options: JsonRuntimeOptions): JsonRuntime {
  const { bigNumbers } = options;
  return {
    shapeMismatchError: runtimeSymbol(SERDE_CORE, "ShapeMismatchError"),
    jsonPath: runtimeSymbol(SERDE_CORE, "ValuePath"),
    pathText: runtimeSymbol(SERDE_CORE, "pathText"),
    jsonObject: runtimeSymbol(SERDE_JSON, "JsonObject"),
    stringMembersError: runtimeSymbol(SERDE_JSON, "stringMembersError"),
    read: (name) => runtimeSymbol(SERDE_JSON, bigNumbers ? withBigNumbers(name) : name),
    write: (name) => runtimeSymbol(SERDE_JSON, name),
    toJsonText: runtimeSymbol(SERDE_JSON, bigNumbers ? "toJsonTextWithBigNumbers" : "toJsonText"),
    parseJsonText: runtimeSymbol(SERDE_JSON, bigNumbers ? "parseJsonTextWithBigNumbers" : "parseJsonText"),
    jsonText: bigNumbers ? runtimeSymbol(SERDE_JSON, "bigNumberJsonText") : undefined,
  };
}
