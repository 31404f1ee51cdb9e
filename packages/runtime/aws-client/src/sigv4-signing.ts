import { HttpRequest, HttpResponse } from "@smithy/core/protocols";
import { SignatureV4 } from "@smithy/signature-v4";
import {
  type AwsCredentialIdentityProvider,
  type ChecksumConstructor,
  type FinalizeRequestMiddleware,
  type HashConstructor,
  type MetadataBearer,
  type Pluggable,
  type Provider,
  SMITHY_CONTEXT_KEY,
} from "@smithy/types";

/** What SigV4 signing reads from the client configuration. */
export interface SigV4SigningConfig {
  readonly credentials: AwsCredentialIdentityProvider;
  readonly region: Provider<string>;
  readonly sha256: ChecksumConstructor | HashConstructor;
  /** The `aws.auth#sigv4` name of the service. */
  readonly signingName: string;
  /** Milliseconds to add to the local clock, corrected when the service reports a skewed clock. */
  systemClockOffset: number;
}

/** Clock differences past this make AWS reject a signature. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** An `authSchemes` entry of a resolved endpoint, which may override the signing name and Region. */
interface EndpointAuthScheme {
  readonly name?: string;
  readonly signingName?: string;
  readonly signingRegion?: string;
}

/**
 * Signs every attempt with SigV4 (after the retry middleware, so each retry is signed afresh), with
 * the signing name and Region of the endpoint's `sigv4` auth scheme where the rules give one.
 * Operations modelled with `@auth([])` are sent unsigned; `@optionalAuth` ones unsigned when no
 * credentials can be found. A response whose `Date` is far from the local clock corrects the offset.
 */
export function getSigV4SigningPlugin<Input extends object, Output extends MetadataBearer>(config: SigV4SigningConfig): Pluggable<Input, Output> {
  const middleware: FinalizeRequestMiddleware<Input, Output> = (next, context) => async (args) => {
    const operation = context[SMITHY_CONTEXT_KEY] as { anonymous?: boolean; optionalAuth?: boolean } | undefined;
    if (!HttpRequest.isInstance(args.request) || operation?.anonymous) return next(args);
    const request = args.request;
    if (!request.headers.host && !request.headers.Host) request.headers.host = request.port ? `${request.hostname}:${request.port}` : request.hostname;
    let credentials;
    try {
      credentials = await config.credentials();
    } catch (error) {
      if (operation?.optionalAuth) return next(args);
      throw error;
    }
    const scheme = (context.endpointV2?.properties?.authSchemes as EndpointAuthScheme[] | undefined)?.find((entry) => entry.name === "sigv4");
    const signer = new SignatureV4({
      credentials,
      region: scheme?.signingRegion ?? (await config.region()),
      service: scheme?.signingName ?? config.signingName,
      sha256: config.sha256,
      uriEscapePath: true,
    });
    const signed = await signer.sign(request, { signingDate: new Date(Date.now() + config.systemClockOffset) });
    try {
      const result = await next({ ...args, request: signed });
      correctClockSkew(config, result.response);
      return result;
    } catch (error) {
      const response = (error as { $response?: unknown } | null)?.$response;
      if (correctClockSkew(config, response) && error instanceof Error) {
        const metadata = ((error as { $metadata?: Record<string, unknown> }).$metadata ??= {});
        metadata.clockSkewCorrected = true;
      }
      throw error;
    }
  };
  return {
    applyToStack(stack) {
      stack.addRelativeTo(middleware, { name: "sigV4SigningMiddleware", relation: "after", toMiddleware: "retryMiddleware", override: true });
    },
  };
}

/**
 * Moves the clock offset to the server's time when they differ by more than AWS accepts; says whether it did.
 */
function correctClockSkew(config: SigV4SigningConfig, response: unknown): boolean {
  if (!HttpResponse.isInstance(response)) return false;
  const date = response.headers.date ?? response.headers.Date;
  const serverTime = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(serverTime)) return false;
  const offset = serverTime - Date.now();
  if (Math.abs(offset - config.systemClockOffset) < MAX_CLOCK_SKEW_MS) return false;
  config.systemClockOffset = offset;
  return true;
}
