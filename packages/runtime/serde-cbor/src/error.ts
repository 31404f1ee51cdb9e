import { ShapeMismatchError } from "@smithy-gen/serde-core";

/**
 * A body that is not one well-formed CBOR data item that `@smithy/core/cbor` can decode safely
 * (truncated, a length larger than the body, too deep, invalid UTF-8, a reserved header, bytes
 * after the item, ...). It is a {@link ShapeMismatchError} at the body itself (`path` `$`), so
 * that `toDeserializationError` reports it like any other bad value: `expected` says what the
 * decoder wanted, `received` what the body holds and at which byte.
 */
export class CborDecodeError extends ShapeMismatchError {
  /** The offset in the body of the byte at fault, when known. */
  declare readonly offset: number | undefined;

  constructor(expected: string, received: string, offset?: number, options?: { readonly cause?: unknown }) {
    super("$", expected, offset === undefined ? received : `${received} (at byte ${offset})`);
    // ShapeMismatchError defines `name` as a field; this class names itself in stack traces and logs.
    Object.defineProperty(this, "name", { value: "CborDecodeError", enumerable: false, configurable: true, writable: true });
    this.offset = offset;
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
