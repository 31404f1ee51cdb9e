import type { ValuePath } from "@smithy-gen/serde-core";
import type { ResponseMetadata } from "@smithy/types";
import { readErrorMessage, readObject, readString } from "./read.js";

/** Reads a modelled error from the JSON object of an error response. */
export type JsonErrorDeserializer<Exception> = (json: unknown, path: ValuePath, $metadata: ResponseMetadata) => Exception;

/**
 * The deserializer of an error whose members are all optional strings, as most errors' are
 * (`message`, `code`, `reason`, ...): one function for all of them, instead of one generated per
 * error. The exception gets `$metadata`, its message (the body's `message`, else its `Message`,
 * else `UnknownError`) and each of `members` the body sets; a member that is not a string is a
 * `ShapeMismatchError` naming it. `message` among `members` is only checked: the exception's
 * message is set as above.
 */
export function stringMembersError<Exception>(errorClass: new (options: never) => Exception, members: readonly string[]): JsonErrorDeserializer<Exception> {
  return (json, path, $metadata) => {
    const object = readObject(json, path);
    const options: Record<string, unknown> = { $metadata, message: readErrorMessage(object) };
    for (const member of members) {
      // Own properties only: a member named `constructor` must not read Object.prototype's.
      const value = Object.hasOwn(object, member) ? object[member] : undefined;
      if (value == null) continue;
      const text = readString(value, path, member);
      if (member !== "message") options[member] = text;
    }
    return new errorClass(options as never);
  };
}
