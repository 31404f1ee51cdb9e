import { collectBody } from "@smithy/core/protocols";
import type { HttpResponse, ResponseMetadata, SerdeContext } from "@smithy/types";
import { fromUtf8, toUtf8 } from "@smithy/core/serde";

/** A response header, whatever the case of its name (`name` in lower case). */
export function responseHeader(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  if (value !== undefined) return value;
  for (const key of Object.keys(response.headers)) if (key.toLowerCase() === name) return response.headers[key];
  return undefined;
}

/**
 * The `$metadata` of a response; the client's retry middleware adds attempts and retry delay. One
 * pass over the headers, whatever the case of their names (a lookup per name would scan them all
 * again for every name a response does not send).
 */
export function responseMetadata(response: HttpResponse): ResponseMetadata {
  let requestId: string | undefined;
  let requestIdAlternative: string | undefined;
  let s3RequestId: string | undefined;
  let extendedRequestId: string | undefined;
  let cfId: string | undefined;
  const headers = response.headers;
  for (const name in headers) {
    // Every name wanted here starts with "x-" and has at least 10 characters.
    if (name.length < 10 || (name.charCodeAt(0) | 0x20) !== 0x78) continue;
    switch (name.toLowerCase()) {
      case "x-amzn-requestid":
        requestId = headers[name];
        break;
      case "x-amzn-request-id":
        requestIdAlternative = headers[name];
        break;
      case "x-amz-request-id":
        s3RequestId = headers[name];
        break;
      case "x-amz-id-2":
        extendedRequestId = headers[name];
        break;
      case "x-amz-cf-id":
        cfId = headers[name];
        break;
    }
  }
  return { httpStatusCode: response.statusCode, requestId: requestId ?? requestIdAlternative ?? s3RequestId, extendedRequestId, cfId };
}

/**
 * The text of a body already in memory (a string or bytes), or `undefined` for a stream, which
 * {@link collectBodyText} reads. Split in two so that reading an in-memory body never waits a turn.
 */
export function bodyTextInMemory(body: unknown, context: Pick<SerdeContext, "utf8Encoder">): string | undefined {
  if (typeof body === "string") return body;
  // A context without encoders (a test's, say) still reads the body.
  if (body instanceof Uint8Array) return (context.utf8Encoder ?? toUtf8)(body);
  return undefined;
}

/** The text of a streamed body: collected, then decoded. */
export async function collectBodyText(body: unknown, context: SerdeContext): Promise<string> {
  return (context.utf8Encoder ?? toUtf8)(await collectBody(body, context));
}

/**
 * The bytes of a body already in memory (bytes as they are, a string as its UTF-8 bytes, no body as
 * no bytes), or `undefined` for a stream, which {@link collectBodyBytes} reads: the binary twin of
 * {@link bodyTextInMemory}, for protocols whose bodies are not text (CBOR).
 */
export function bodyBytesInMemory(body: unknown, context: Pick<SerdeContext, "utf8Decoder">): Uint8Array | undefined {
  if (body instanceof Uint8Array) return body;
  if (body === undefined || body === null) return new Uint8Array(0);
  // A context without encoders (a test's, say) still reads the body.
  if (typeof body === "string") return (context.utf8Decoder ?? fromUtf8)(body);
  return undefined;
}

/** The bytes of a streamed body, collected. */
export async function collectBodyBytes(body: unknown, context: SerdeContext): Promise<Uint8Array> {
  return collectBody(body, context);
}

/** Whether an error is the caller's cancellation or timeout, which must reach the caller as it is. */
export function isAbortOrTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}
