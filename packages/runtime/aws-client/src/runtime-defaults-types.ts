import type {
  AwsCredentialIdentityProvider,
  BodyLengthCalculator,
  FetchHttpHandlerOptions,
  HttpHandlerOptions,
  NodeHttpHandlerOptions,
  Provider,
  RequestHandler,
  StreamCollector,
  UserAgent,
} from "@smithy/types";
import type { HttpHandler, HttpRequest, HttpResponse } from "@smithy/core/protocols";

/**
 * A request handler, or options for the runtime's default one. Any handler: `HttpHandler`'s type
 * parameter is its own options (`NodeHttpHandler` is an `HttpHandler<NodeHttpHandlerOptions>`), which
 * the client never reads, so no one options type would accept the handlers users pass (as in the AWS SDK).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RequestHandlerInput = HttpHandler<any> | NodeHttpHandlerOptions | FetchHttpHandlerOptions;

/** The options a runtime's defaults read; every one of them is the client's option of that name. */
export interface RuntimeDefaultsInput {
  readonly region?: string | Provider<string>;
  readonly profile?: string;
  readonly useFipsEndpoint?: boolean | Provider<boolean>;
  readonly useDualstackEndpoint?: boolean | Provider<boolean>;
  readonly maxAttempts?: number | Provider<number>;
  readonly retryMode?: string | Provider<string>;
  readonly requestHandler?: RequestHandlerInput;
  readonly requestTimeout?: number;
  readonly logger?: { readonly debug: (...content: unknown[]) => void };
  readonly userAgentAppId?: string | Provider<string | undefined>;
}

/** What a runtime (Node.js or browser) fills in. */
export interface RuntimeDefaults {
  readonly runtime: "node" | "browser";
  readonly requestHandler: RequestHandler<HttpRequest, HttpResponse, HttpHandlerOptions>;
  readonly region: string | Provider<string> | undefined;
  readonly useFipsEndpoint: boolean | Provider<boolean>;
  readonly useDualstackEndpoint: boolean | Provider<boolean>;
  readonly maxAttempts: number | Provider<number>;
  readonly retryMode: string | Provider<string>;
  /** The default credential chain, created on the first request. */
  readonly defaultCredentials: () => AwsCredentialIdentityProvider;
  readonly streamCollector: StreamCollector;
  readonly bodyLengthChecker: BodyLengthCalculator;
  /** The runtime's user agent sections: `ua/2.1 os/... lang/js md/...` (platform), `exec-env/...` (environment). */
  readonly userAgentSections: { readonly platform: UserAgent; readonly environment: UserAgent };
  /** The app id for the user agent: the option, else (Node.js) `AWS_SDK_UA_APP_ID` or the profile's `sdk_ua_app_id`. */
  readonly userAgentAppId: Provider<string | undefined>;
  /**
   * The options of the HTTP/2 handler that serves event stream operations whose protocol wants HTTP/2
   * (Kinesis `SubscribeToShard`: `eventStreamHttp: ["h2"]`); the handler itself is made on the first
   * such call, by the command's plugin, so that no other client loads it. `undefined` when the client
   * was given a request handler of its own (that one serves every operation) and in browsers (they
   * negotiate HTTP/2 themselves).
   */
  readonly http2EventStreams: { readonly requestTimeout?: number } | undefined;
}

/**
 * The request handler to use as it is, or the default handler's options: the runtime's `defaults`,
 * then `requestTimeout`, then the options given, which win.
 */
export function requestHandlerInput(
  config: RuntimeDefaultsInput,
  defaults: NodeHttpHandlerOptions | FetchHttpHandlerOptions = {},
): RequestHandlerInput {
  const handler = config.requestHandler;
  if (handler !== undefined && "handle" in handler) return handler;
  return { ...defaults, ...(config.requestTimeout === undefined ? {} : { requestTimeout: config.requestTimeout }), ...handler };
}
