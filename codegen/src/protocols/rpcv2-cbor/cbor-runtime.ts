import { RUNTIME_EXPORTS, runtimeSymbol, type RuntimeName } from "../../core/runtime-symbols.js";
import type { JsonReadHelper, JsonRuntime, JsonWriteHelper } from "../json/json-runtime.js";

const SERDE_CBOR = "@smithy-gen/serde-cbor";
const SERDE_CORE = "@smithy-gen/serde-core";

type CborName = RuntimeName<typeof SERDE_CBOR>;

/**
 * The helpers of `@smithy-gen/serde-cbor`, under the names the shape converters ask for: the
 * converters of the JSON protocols serve CBOR unchanged, since both read and write plain values
 * (maps, arrays, strings, numbers, byte strings, tag 1 timestamps). CBOR has no `@timestampFormat`
 * (every timestamp is epoch seconds) and this protocol no documents (`readDocument` only keeps
 * the value of a union member the model does not know): asking for a helper of either is a
 * generator bug, as the protocol refuses operations with documents before any converter is written.
 */
export function cborRuntime(): JsonRuntime {
  const helper = (name: JsonReadHelper | JsonWriteHelper): CborName => {
    if (!(RUNTIME_EXPORTS[SERDE_CBOR] as readonly string[]).includes(name)) throw new Error(`generator bug: rpcv2Cbor has no ${name}`);
    return name as CborName;
  };
  return {
    shapeMismatchError: runtimeSymbol(SERDE_CORE, "ShapeMismatchError"),
    jsonPath: runtimeSymbol(SERDE_CORE, "ValuePath"),
    pathText: runtimeSymbol(SERDE_CORE, "pathText"),
    jsonObject: runtimeSymbol(SERDE_CBOR, "CborMap"),
    stringMembersError: runtimeSymbol(SERDE_CBOR, "stringMembersError"),
    read: (name) => runtimeSymbol(SERDE_CBOR, helper(name)),
    write: (name) => runtimeSymbol(SERDE_CBOR, helper(name)),
    toJsonText: runtimeSymbol(SERDE_CBOR, "encodeCbor"),
    parseJsonText: runtimeSymbol(SERDE_CBOR, "decodeCbor"),
    jsonText: undefined,
  };
}
