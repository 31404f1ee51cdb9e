/** The parts of `@smithy/protocol-http`'s HttpRequest the checks read. */
export interface CapturedRequest {
  readonly method: string;
  readonly protocol?: string;
  readonly hostname: string;
  readonly port?: number;
  readonly path: string;
  readonly query?: Readonly<Record<string, string | readonly string[] | null>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** A header's value, its name matched case-insensitively. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** The request body as text, or undefined when there is none (a stream is not expected of these protocols). */
export function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return utf8.decode(body);
  if (body instanceof ArrayBuffer) return utf8.decode(new Uint8Array(body));
  throw new Error(`the request body is a ${Object.prototype.toString.call(body)}, not a string or bytes`);
}

/** The request body as the bytes sent (a string as its UTF-8), or undefined when there is none. */
export function bodyBytes(body: unknown): Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new Error(`the request body is a ${Object.prototype.toString.call(body)}, not a string or bytes`);
}

/**
 * How a test case's `body` of this media type is compared: as JSON, as CBOR (the case gives it as
 * base64, as Smithy asks of binary media types), or as text, byte for byte.
 */
export type BodyFormat = "json" | "cbor" | "text";

export function bodyFormat(mediaType: string | undefined): BodyFormat {
  if (isJsonMediaType(mediaType)) return "json";
  if (isCborMediaType(mediaType)) return "cbor";
  return "text";
}

function essence(mediaType: string): string {
  return mediaType.split(";")[0]!.trim().toLowerCase();
}

/** Whether a body of this media type is compared as JSON rather than byte for byte. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false;
  const type = essence(mediaType);
  return type === "application/json" || type.endsWith("+json") || /^application\/x-amz-json-1\.[01]$/.test(type);
}

/** Whether a body of this media type is CBOR (`application/cbor`, `+cbor`): base64 in a test case, compared decoded. */
export function isCborMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false;
  const type = essence(mediaType);
  return type === "application/cbor" || type.endsWith("+cbor");
}

/**
 * The bytes of a test case's `body`: base64-decoded for CBOR (a binary media type), else its
 * UTF-8 text.
 */
export function testBodyBytes(body: string, mediaType: string | undefined): Uint8Array {
  return isCborMediaType(mediaType) ? new Uint8Array(Buffer.from(body, "base64")) : new TextEncoder().encode(body);
}
