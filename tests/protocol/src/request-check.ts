import type { HttpRequestTestCase } from "./cases.js";
import { cborBodyDifferences } from "./cbor-differences.js";
import { bodyBytes, bodyFormat, bodyText, headerValue, type CapturedRequest } from "./http-message.js";
import { jsonDifferences } from "./json-differences.js";

/** The host a request case's client is configured with when the case names none. */
export const DEFAULT_TEST_HOST = "localhost";

/** The endpoint URL the client of a request case is given: `https://<host>` (`host` may carry a path). */
export function endpointOf(test: Pick<HttpRequestTestCase, "host">): string {
  return `https://${test.host ?? DEFAULT_TEST_HOST}`;
}

/**
 * Every way `request` differs from what the test case expects: method, path, query parameters
 * (expected, forbidden, required), headers (expected values, forbidden, required), the body
 * (see {@link bodyDifferences}) and the host the request is sent to.
 * Empty when the request conforms.
 */
export function requestDifferences(test: HttpRequestTestCase, request: CapturedRequest): string[] {
  const out: string[] = [];
  if (request.method.toUpperCase() !== test.method.toUpperCase()) out.push(`method: expected ${test.method}, got ${request.method}`);

  const question = test.uri.indexOf("?");
  const expectedPath = question < 0 ? test.uri : test.uri.slice(0, question);
  if (request.path !== expectedPath) out.push(`path: expected ${JSON.stringify(expectedPath)}, got ${JSON.stringify(request.path)}`);
  const uriQuery = question < 0 ? [] : test.uri.slice(question + 1).split("&").filter(Boolean);
  out.push(...queryDifferences([...uriQuery, ...test.queryParams], test.forbidQueryParams, test.requireQueryParams, request.query ?? {}));

  out.push(...headerDifferences(test, request.headers));

  const expectedHost = test.resolvedHost ?? (test.host === undefined ? undefined : test.host.split("/")[0]);
  if (expectedHost !== undefined && request.hostname !== expectedHost) {
    out.push(`host: expected ${JSON.stringify(expectedHost)}, got ${JSON.stringify(request.hostname)}`);
  }

  if (test.body !== undefined) out.push(...bodyDifferences(test.body, test.bodyMediaType, request.body));
  return out;
}

/** Header checks shared by requests and responses' expectations. */
export function headerDifferences(
  test: { readonly headers: Readonly<Record<string, string>>; readonly forbidHeaders: readonly string[]; readonly requireHeaders: readonly string[] },
  headers: Readonly<Record<string, string>>,
): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(test.headers)) {
    const actual = headerValue(headers, name);
    if (actual === undefined) out.push(`header ${name}: expected ${JSON.stringify(value)}, got nothing`);
    else if (actual !== value) out.push(`header ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  }
  for (const name of test.forbidHeaders) {
    const actual = headerValue(headers, name);
    if (actual !== undefined) out.push(`header ${name}: forbidden, got ${JSON.stringify(actual)}`);
  }
  for (const name of test.requireHeaders) {
    if (headerValue(headers, name) === undefined) out.push(`header ${name}: required, got nothing`);
  }
  return out;
}

/**
 * How a body differs from a test case's: as JSON when the media type is JSON (key order and
 * spacing do not matter), as decoded CBOR when it is CBOR (the case's body is base64; see
 * `cborDifferences`), else as text. An empty expected body means no body at all.
 */
export function bodyDifferences(expected: string, mediaType: string | undefined, body: unknown): string[] {
  const format = bodyFormat(mediaType);
  if (format === "cbor") {
    let bytes: Uint8Array | undefined;
    try {
      bytes = bodyBytes(body);
    } catch (error) {
      return [`body: ${(error as Error).message}`];
    }
    if (expected === "") {
      return bytes === undefined || bytes.byteLength === 0 ? [] : [`body: expected no body, got ${bytes.byteLength} byte${bytes.byteLength === 1 ? "" : "s"}`];
    }
    if (bytes === undefined) return [`body: expected CBOR (base64 ${expected}), got no body`];
    return cborBodyDifferences(expected, bytes, "body");
  }
  let actual: string | undefined;
  try {
    actual = bodyText(body);
  } catch (error) {
    return [`body: ${(error as Error).message}`];
  }
  if (expected === "") {
    return actual === undefined || actual === "" ? [] : [`body: expected no body, got ${JSON.stringify(actual)}`];
  }
  if (actual === undefined) return [`body: expected ${JSON.stringify(expected)}, got no body`];
  if (format === "text") {
    return actual === expected ? [] : [`body: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(actual);
  } catch {
    return [`body: expected JSON ${expected}, got text that is not JSON: ${JSON.stringify(actual)}`];
  }
  return jsonDifferences(JSON.parse(expected), parsed, "body");
}

type Query = Readonly<Record<string, string | readonly string[] | null>>;

function queryDifferences(expected: readonly string[], forbidden: readonly string[], required: readonly string[], query: Query): string[] {
  const out: string[] = [];
  // What was sent, as a multiset of key=value pairs (decoded), so that repeated keys count.
  const sent: [string, string | null][] = [];
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value as readonly string[]) sent.push([key, item]);
    else sent.push([key, value as string | null]);
  }
  for (const pair of expected) {
    const equals = pair.indexOf("=");
    const key = decodeURIComponent(equals < 0 ? pair : pair.slice(0, equals));
    const value = equals < 0 ? null : decodeURIComponent(pair.slice(equals + 1));
    const index = sent.findIndex(([k, v]) => k === key && (v ?? "") === (value ?? ""));
    if (index < 0) out.push(`query: expected ${pair}, got ${JSON.stringify(query)}`);
    else sent.splice(index, 1);
  }
  for (const key of forbidden) if (Object.prototype.hasOwnProperty.call(query, key)) out.push(`query: ${key} is forbidden, got ${JSON.stringify(query[key])}`);
  for (const key of required) if (!Object.prototype.hasOwnProperty.call(query, key)) out.push(`query: ${key} is required, got nothing`);
  return out;
}
