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

/** The request body as text, or undefined when there is none (a stream is not expected in awsJson). */
export function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return utf8.decode(body);
  if (body instanceof ArrayBuffer) return utf8.decode(new Uint8Array(body));
  throw new Error(`the request body is a ${Object.prototype.toString.call(body)}, not a string or bytes`);
}

/** Whether a body of this media type is compared as JSON rather than byte for byte. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  if (mediaType === undefined) return false;
  const essence = mediaType.split(";")[0]!.trim().toLowerCase();
  return essence === "application/json" || essence.endsWith("+json") || /^application\/x-amz-json-1\.[01]$/.test(essence);
}
