/**
 * A copy of a value made for deep comparison with an expected value: members that are
 * `undefined` are dropped, every kind of byte array (Node's `Buffer` included) becomes a plain
 * `Uint8Array`, and other objects (class instances such as `NumericValue` included) become plain
 * objects of their own enumerable fields. `Date` stays a `Date`.
 */
export function comparable(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Date) return value;
  if (value instanceof Uint8Array) return Uint8Array.from(value);
  if (Array.isArray(value)) return value.map(comparable);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = comparable(item);
  }
  return out;
}

/** An operation's output without its response `$metadata`, ready for comparison. */
export function comparableOutput(output: unknown): unknown {
  if (output === null || typeof output !== "object") return output;
  const { $metadata: _metadata, ...rest } = output as Record<string, unknown>;
  return comparable(rest);
}
