import type { ValuePath } from "@smithy-gen/serde-core";
import type { ResponseMetadata } from "@smithy/types";
import { readErrorMessage, readObject, readString } from "./read.js";

/** Reads a modelled error from the decoded CBOR map of an error response. */
export type CborErrorDeserializer<Exception> = (value: unknown, path: ValuePath, $metadata: ResponseMetadata) => Exception;

/**
 * The deserializer of an error whose members are all optional strings, as most errors' are
 * (`message`, `code`, `reason`, ...): one function for all of them, instead of one generated per
 * error. The exception gets `$metadata`, its message (the map's `message`, else its `Message`,
 * else `UnknownError`) and each of `members` the map sets; a member that is not a text string is a
 * `ShapeMismatchError` naming it. `message` among `members` is only checked: the exception's
 * message is set as above. (`@smithy-gen/serde-json`'s `stringMembersError`, over CBOR maps.)
 */
export function stringMembersError<Exception>(errorClass: new (options: never) => Exception, members: readonly string[]): CborErrorDeserializer<Exception> {
  return (value, path, $metadata) => {
    const map = readObject(value, path);
    const options: Record<string, unknown> = { $metadata, message: readErrorMessage(map) };
    for (const member of members) {
      // Own entries only: a member named `constructor` must not read Object.prototype's.
      const entry = Object.hasOwn(map, member) ? map[member] : undefined;
      if (entry == null) continue;
      const text = readString(entry, path, member);
      if (member !== "message") options[member] = text;
    }
    return new errorClass(options as never);
  };
}
