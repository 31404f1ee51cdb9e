import { stringMembersErrorOf, type BodyErrorDeserializer } from "@smithy-gen/serde-core";
import { readObject } from "./read.js";

/** Reads a modelled error from the JSON object of an error response. */
export type JsonErrorDeserializer<Exception> = BodyErrorDeserializer<Exception>;

/**
 * The deserializer of an error whose members are all optional strings, as most errors' are
 * (`message`, `code`, `reason`, ...): one function for all of them, instead of one generated per
 * error. The exception gets `$metadata`, its message (the body's `message`, else its `Message`,
 * else `UnknownError`) and each of `members` the body sets; a member that is not a string is a
 * `ShapeMismatchError` naming it. `message` among `members` is only checked: the exception's
 * message is set as above.
 */
export function stringMembersError<Exception>(errorClass: new (options: never) => Exception, members: readonly string[]): JsonErrorDeserializer<Exception> {
  return stringMembersErrorOf(readObject, errorClass, members);
}
