import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { offsetOfPageToken, pageToken } from "./page-tokens.js";
import { type WireExportSnapshotRecord, exportSnapshotRecord } from "./records.js";
import type { ScriptedResponse } from "./responses.js";
import { checkSignature } from "./signature-check.js";

/**
 * A fake Lightsail service on 127.0.0.1 that speaks awsJson1_1 for `GetExportSnapshotRecords`:
 * it checks each request as the real service would (SigV4 signature recomputed with `aws4`,
 * `X-Amz-Target`, Content-Type, a JSON body), serves pages of deterministic records, and answers
 * with whatever a test queued instead (errors, delays, broken bodies).
 */

export const TARGET = "Lightsail_20161128.GetExportSnapshotRecords";
export const CONTENT_TYPE = "application/x-amz-json-1.1";

/** The credentials the fake service accepts unless told otherwise (not real ones). */
export const TEST_CREDENTIALS = { accessKeyId: "AKIDFAKELIGHTSAIL", secretAccessKey: "fake-secret-for-127.0.0.1-only" } as const;

export interface FakeLightsailOptions {
  /** How many export snapshot records the account has. Default 0. */
  readonly recordCount?: number;
  /** Records per page. Default 100. */
  readonly pageSize?: number;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
  /** The Region requests must be signed for. Default `us-east-1`. */
  readonly region?: string;
}

/** A request as the fake service received it. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly path: string;
  readonly target: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
  /** The `pageToken` the body asks for. */
  readonly pageToken: string | undefined;
  /** What was wrong with the request (signature, target, ...); empty when the service accepted it. */
  readonly problems: readonly string[];
}

export interface FakeLightsail {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  readonly port: number;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
  readonly recordCount: number;
  readonly pageSize: number;
  /** Every request received since the start (or the last `reset`), in order of arrival. */
  readonly requests: readonly ReceivedRequest[];
  /** The problems of every request received, each prefixed with the request's number (from 1). */
  problems(): string[];
  /** Answers for the next requests, one each, in order; the default answer (the page asked for) after them. */
  enqueue(...responses: ScriptedResponse[]): void;
  /** Resolves once `count` requests in all have arrived. */
  requestsReceived(count: number): Promise<void>;
  /** Forgets the requests received and the answers still queued; request ids start again from 1. */
  reset(): void;
  /** Stops listening and closes every open connection; calling it again waits for the same close. */
  close(): Promise<void>;
}

export async function startFakeLightsail(options: FakeLightsailOptions = {}): Promise<FakeLightsail> {
  const recordCount = options.recordCount ?? 0;
  const pageSize = options.pageSize ?? 100;
  const region = options.region ?? "us-east-1";
  const credentials = options.credentials ?? TEST_CREDENTIALS;
  const requests: ReceivedRequest[] = [];
  const queue: ScriptedResponse[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const pageBodies = new Map<number, string>();
  let requestNumber = 0;

  function pageBody(offset: number, nextTokenOverride: string | null | undefined): string {
    const cached = nextTokenOverride === undefined ? pageBodies.get(offset) : undefined;
    if (cached !== undefined) return cached;
    const records: WireExportSnapshotRecord[] = [];
    for (let index = offset; index < Math.min(offset + pageSize, recordCount); index++) records.push(exportSnapshotRecord(index));
    const next = offset + pageSize < recordCount ? pageToken(offset + pageSize) : undefined;
    const nextPageToken = nextTokenOverride === undefined ? next : (nextTokenOverride ?? undefined);
    const body = JSON.stringify({ exportSnapshotRecords: records, ...(nextPageToken === undefined ? {} : { nextPageToken }) });
    if (nextTokenOverride === undefined) pageBodies.set(offset, body);
    return body;
  }

  function respond(response: ServerResponse, scripted: ScriptedResponse, received: ReceivedRequest, requestId: string): void {
    switch (scripted.kind) {
      case "page": {
        const offset = received.pageToken === undefined ? 0 : offsetOfPageToken(received.pageToken);
        if (offset === undefined) {
          sendJson(response, 400, requestId, { __type: "InvalidInputException", message: `unknown page token ${received.pageToken}` });
          return;
        }
        sendText(response, 200, requestId, pageBody(offset, scripted.nextPageToken));
        return;
      }
      case "error":
        sendJson(response, scripted.status, requestId, { __type: scripted.type, message: scripted.message ?? scripted.type, ...scripted.members });
        return;
      case "raw":
        sendText(response, scripted.status, requestId, scripted.body, scripted.headers);
        return;
      case "cut":
        response.writeHead(200, { "content-type": CONTENT_TYPE, "content-length": String(scripted.declaredLength), "x-amzn-requestid": requestId });
        response.write(scripted.body, () => response.destroy());
        return;
      case "delay": {
        const timer = setTimeout(() => respond(response, scripted.then, received, requestId), scripted.ms);
        response.once("close", () => clearTimeout(timer));
        return;
      }
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    requestNumber += 1;
    const requestId = `fake-${String(requestNumber).padStart(6, "0")}`;
    const problems: string[] = [];
    const target = single(request.headers["x-amz-target"]);
    const contentType = request.headers["content-type"];
    if (request.method !== "POST") problems.push(`method ${request.method}, expected POST`);
    if (target !== TARGET) problems.push(`X-Amz-Target ${JSON.stringify(target)}, expected ${TARGET}`);
    if (contentType !== CONTENT_TYPE) problems.push(`Content-Type ${JSON.stringify(contentType)}, expected ${CONTENT_TYPE}`);
    const signatureProblem = checkSignature(
      { method: request.method ?? "", url: request.url ?? "/", headers: request.headers, body },
      {
        ...credentials,
        region,
        service: "lightsail",
        requiredSignedHeaders: ["host", "x-amz-date", "x-amz-target", "content-type"],
        maxClockSkewMs: 5 * 60 * 1000,
      },
    );
    if (signatureProblem !== undefined) problems.push(`signature: ${signatureProblem}`);
    const input = parseInput(body);
    if (typeof input === "string") problems.push(input);
    const received: ReceivedRequest = {
      method: request.method ?? "",
      path: request.url ?? "",
      target,
      contentType,
      body,
      pageToken: typeof input === "string" ? undefined : input.pageToken,
      problems,
    };
    requests.push(received);
    for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    if (signatureProblem !== undefined) {
      sendJson(response, 403, requestId, { __type: "InvalidSignatureException", message: signatureProblem });
    } else if (problems.length > 0) {
      sendJson(response, 400, requestId, { __type: "SerializationException", message: problems.join("; ") });
    } else {
      respond(response, queue.shift() ?? { kind: "page" }, received, requestId);
    }
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A bug of the fake itself: say so loudly rather than leave the client waiting.
      if (!response.headersSent) sendJson(response, 500, "fake-error", { __type: "InternalFailure", message: String(error) });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    region,
    credentials,
    recordCount,
    pageSize,
    requests,
    problems: () => requests.flatMap((request, index) => request.problems.map((problem) => `request ${index + 1}: ${problem}`)),
    enqueue: (...responses) => queue.push(...responses),
    requestsReceived: (count) =>
      requests.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    reset: () => {
      requests.length = 0;
      queue.length = 0;
      requestNumber = 0;
    },
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** The request body as `GetExportSnapshotRecords` input, or what is wrong with it. */
function parseInput(body: string): { pageToken: string | undefined } | string {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return `body is not JSON: ${JSON.stringify(body.slice(0, 80))}`;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return `body is not a JSON object: ${body.slice(0, 80)}`;
  const token: unknown = (json as Record<string, unknown>).pageToken;
  if (token !== undefined && typeof token !== "string") return `pageToken is not a string: ${JSON.stringify(token)}`;
  return { pageToken: token };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

function sendJson(response: ServerResponse, status: number, requestId: string, body: object): void {
  sendText(response, status, requestId, JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, requestId: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
  response.writeHead(status, {
    "content-type": CONTENT_TYPE,
    "content-length": String(Buffer.byteLength(body)),
    "x-amzn-requestid": requestId,
    ...headers,
  });
  response.end(body);
}
