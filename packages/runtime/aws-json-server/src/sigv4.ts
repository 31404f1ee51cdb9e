import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import type { HttpRequest } from "@smithy/types";
import { ProtocolError } from "./handle.js";

export interface SigV4Options {
  /** Secret access keys by access key id: the callers the server knows. */
  readonly credentials: Readonly<Record<string, string>>;
  /** The signing name the credential scope must name (`lightsail`). */
  readonly service: string;
  /** The Region the credential scope must name; any when absent. */
  readonly region?: string;
  /** How far `X-Amz-Date` may be from the server's clock (default 5 minutes, as AWS allows). */
  readonly maxClockSkewMs?: number;
  /** The server's clock (default `Date.now`). */
  readonly now?: () => number;
}

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;

/**
 * A check of each request's SigV4 signature (`Authorization` header), recomputed with
 * `@smithy/signature-v4` from what arrived (method, path, the headers the caller signed, the body)
 * and the caller's secret key. Answers as AWS does: no signature, 403
 * `MissingAuthenticationTokenException`; a malformed one, 400 `IncompleteSignatureException`; an
 * unknown access key, 403 `UnrecognizedClientException`; a wrong or expired signature, 403
 * `InvalidSignatureException`; a body whose hash is not its `X-Amz-Content-SHA256`, 400
 * `XAmzContentSHA256Mismatch`.
 */
export function sigV4Verifier(options: SigV4Options): (request: HttpRequest) => Promise<ProtocolError | { accessKeyId: string }> {
  const maxSkew = options.maxClockSkewMs ?? 5 * 60_000;
  return async (request) => {
    const authorization = header(request, "authorization");
    if (authorization === undefined) return new ProtocolError(403, "MissingAuthenticationTokenException", "Missing Authentication Token");
    const match = AUTHORIZATION.exec(authorization);
    if (!match) return new ProtocolError(400, "IncompleteSignatureException", `The Authorization header is not a SigV4 signature: ${authorization.slice(0, 200)}`);
    const [, credential, signedHeaders, signature] = match as unknown as [string, string, string, string];
    const [accessKeyId, day, region, service, terminator, ...rest] = credential.split("/");
    if (!accessKeyId || !day || !region || !service || terminator !== "aws4_request" || rest.length) {
      return new ProtocolError(400, "IncompleteSignatureException", `The credential scope ${credential} is not <key>/<date>/<region>/<service>/aws4_request`);
    }
    const secret = Object.hasOwn(options.credentials, accessKeyId) ? options.credentials[accessKeyId] : undefined;
    if (secret === undefined) return new ProtocolError(403, "UnrecognizedClientException", "The security token included in the request is invalid.");
    if (service !== options.service || (options.region !== undefined && region !== options.region)) {
      return new ProtocolError(403, "InvalidSignatureException", `Credential should be scoped to a valid Region and service ${options.service}, not ${region}/${service}.`);
    }
    const amzDate = header(request, "x-amz-date");
    const signingDate = amzDate === undefined ? undefined : parseAmzDate(amzDate);
    if (amzDate === undefined || signingDate === undefined || !amzDate.startsWith(day)) {
      return new ProtocolError(400, "IncompleteSignatureException", `X-Amz-Date ${amzDate ?? "is missing"}; it must be the credential's date ${day} in ISO 8601 basic format`);
    }
    const now = options.now?.() ?? Date.now();
    if (Math.abs(now - signingDate.getTime()) > maxSkew) {
      return new ProtocolError(403, "InvalidSignatureException", `Signature expired: ${amzDate} is more than ${Math.round(maxSkew / 1000)} s from the server's time ${formatAmzDate(new Date(now))}.`);
    }
    const names = signedHeaders.split(";");
    const headers: Record<string, string> = {};
    for (const name of names) {
      const value = header(request, name);
      if (value === undefined) return new ProtocolError(403, "InvalidSignatureException", `The signed header ${name} is missing from the request.`);
      headers[name] = value;
    }
    if (!names.includes("host")) return new ProtocolError(403, "InvalidSignatureException", "The host header must be signed.");
    // The signer trusts an X-Amz-Content-SHA256 header as the body's hash: check it against the body.
    const declaredHash = headers["x-amz-content-sha256"];
    if (declaredHash !== undefined && declaredHash !== "UNSIGNED-PAYLOAD" && declaredHash !== (await bodyHash(request.body))) {
      return new ProtocolError(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    const signer = new SignatureV4({ credentials: { accessKeyId, secretAccessKey: secret }, region, service, sha256: Sha256, applyChecksum: false, uriEscapePath: true });
    const signed = await signer.sign(
      { method: request.method, protocol: request.protocol, hostname: request.hostname, path: request.path, query: request.query, headers, body: request.body } as HttpRequest,
      { signingDate, signableHeaders: new Set(names) },
    );
    const recomputed = AUTHORIZATION.exec(header(signed as HttpRequest, "authorization") ?? "");
    if (!recomputed || recomputed[2] !== signedHeaders || !sameText(recomputed[3]!, signature)) {
      return new ProtocolError(403, "InvalidSignatureException", "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.");
    }
    return { accessKeyId };
  };
}

function header(request: HttpRequest, name: string): string | undefined {
  for (const key of Object.keys(request.headers)) if (key.toLowerCase() === name) return request.headers[key];
  return undefined;
}

/** `20240101T000000Z` */
function parseAmzDate(text: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  return new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
}

function formatAmzDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** Compares two signatures in time independent of where they differ. */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

async function bodyHash(body: unknown): Promise<string> {
  const hash = new Sha256();
  if (typeof body === "string") hash.update(new TextEncoder().encode(body));
  else if (body instanceof Uint8Array) hash.update(body);
  const digest = await hash.digest();
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
