import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import aws4 from "aws4";

/**
 * Checks a request's SigV4 signature with another implementation than the client's signer: the
 * `aws4` package recomputes the signature from what arrived on the socket (method, path, the
 * headers the client says it signed, the body) and the shared secret.
 */

export interface SigningExpectations {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
  readonly service: string;
  /** Header names (lower case) that must be among the signed ones. */
  readonly requiredSignedHeaders: readonly string[];
  /** How far the request's `X-Amz-Date` may be from the server's clock, as AWS allows. */
  readonly maxClockSkewMs: number;
}

export interface SignedRequest {
  readonly method: string;
  /** The request target as sent: path and query. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** Why a signature is not accepted, or undefined when it is. */
export function checkSignature(request: SignedRequest, expected: SigningExpectations, now = Date.now()): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization === undefined) return "no Authorization header";
  const parsed = parseAuthorization(authorization);
  if (parsed === undefined) return `malformed Authorization header: ${authorization}`;
  const [accessKeyId, date, region, service, terminator] = parsed.credential.split("/");
  if (accessKeyId !== expected.accessKeyId) return `signed with access key ${accessKeyId}, expected ${expected.accessKeyId}`;
  if (region !== expected.region || service !== expected.service || terminator !== "aws4_request") {
    return `credential scope ${parsed.credential} is not <date>/${expected.region}/${expected.service}/aws4_request`;
  }
  const amzDate = headerValue(request.headers, "x-amz-date");
  if (amzDate === undefined || !amzDate.startsWith(date ?? "-")) return `X-Amz-Date ${amzDate} does not match the credential date ${date}`;
  const skew = Math.abs(parseAmzDate(amzDate) - now);
  if (!(skew <= expected.maxClockSkewMs)) return `X-Amz-Date ${amzDate} is ${skew} ms from the server's clock`;
  const signedNames = parsed.signedHeaders.split(";");
  for (const name of expected.requiredSignedHeaders) {
    if (!signedNames.includes(name)) return `header ${name} is not signed (signed: ${parsed.signedHeaders})`;
  }
  const headers: Record<string, string> = {};
  for (const name of signedNames) {
    const value = headerValue(request.headers, name);
    if (value === undefined) return `signed header ${name} is missing from the request`;
    headers[name] = value;
  }
  const signed = new Set(signedNames);
  const request4: Aws4Request = {
    method: request.method,
    path: request.url,
    host: headers.host,
    headers,
    body: request.body,
    service: expected.service,
    region: expected.region,
    // Sign exactly the headers the client signed: those aws4 leaves out by default too, and none
    // of those it would add (Content-Length, say) when the client did not sign them.
    extraHeadersToInclude: Object.fromEntries(signedNames.map((name) => [name, true])),
    extraHeadersToIgnore: Object.fromEntries(ADDED_BY_AWS4.filter((name) => !signed.has(name)).map((name) => [name, true])),
  };
  const recomputed = aws4.sign(request4, { accessKeyId: expected.accessKeyId, secretAccessKey: expected.secretAccessKey });
  const recomputedAuthorization = recomputed.headers?.Authorization;
  const theirs = typeof recomputedAuthorization === "string" ? parseAuthorization(recomputedAuthorization) : undefined;
  if (theirs === undefined) return "aws4 did not produce a signature";
  if (theirs.signedHeaders !== parsed.signedHeaders) return `signed headers differ: client ${parsed.signedHeaders}, aws4 ${theirs.signedHeaders}`;
  if (!sameText(theirs.signature, parsed.signature)) return `signature ${parsed.signature} does not match the recomputed ${theirs.signature}`;
  return undefined;
}

/** aws4 options its type declarations do not list. */
interface Aws4Request extends aws4.Request {
  extraHeadersToInclude: Record<string, true>;
  extraHeadersToIgnore: Record<string, true>;
}

/** Headers aws4 adds to a request it signs when they are absent. */
const ADDED_BY_AWS4 = ["content-type", "content-length", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256", "host"];

interface Authorization {
  readonly credential: string;
  readonly signedHeaders: string;
  readonly signature: string;
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;

function parseAuthorization(value: string): Authorization | undefined {
  const match = AUTHORIZATION.exec(value);
  return match ? { credential: match[1]!, signedHeaders: match[2]!, signature: match[3]! } : undefined;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** `20240102T030405Z` in milliseconds since the epoch (NaN when malformed). */
function parseAmzDate(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return Number.NaN;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
