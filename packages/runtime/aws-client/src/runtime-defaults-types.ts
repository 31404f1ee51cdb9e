import type {
  AwsCredentialIdentityProvider,
  BodyLengthCalculator,
  FetchHttpHandlerOptions,
  HttpHandlerOptions,
  NodeHttpHandlerOptions,
  Provider,
  RequestHandler,
  StreamCollector,
} from "@smithy/types";
import type { HttpHandler, HttpRequest, HttpResponse } from "@smithy/core/protocols";

/** The options a runtime's defaults read; every one of them is the client's option of that name. */
export interface RuntimeDefaultsInput {
  readonly region?: string | Provider<string>;
  readonly profile?: string;
  readonly useFipsEndpoint?: boolean | Provider<boolean>;
  readonly useDualstackEndpoint?: boolean | Provider<boolean>;
  readonly maxAttempts?: number | Provider<number>;
  readonly retryMode?: string | Provider<string>;
  readonly requestHandler?: HttpHandler<HttpHandlerOptions> | NodeHttpHandlerOptions | FetchHttpHandlerOptions;
  readonly requestTimeout?: number;
  readonly logger?: { readonly debug: (...content: unknown[]) => void };
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
}

/**
 * The request handler to use as it is, or the default handler's options: the runtime's `defaults`,
 * then `requestTimeout`, then the options given, which win.
 */
export function requestHandlerInput(
  config: RuntimeDefaultsInput,
  defaults: NodeHttpHandlerOptions | FetchHttpHandlerOptions = {},
): HttpHandler<HttpHandlerOptions> | NodeHttpHandlerOptions | FetchHttpHandlerOptions {
  const handler = config.requestHandler;
  if (handler !== undefined && "handle" in handler) return handler;
  return { ...defaults, ...(config.requestTimeout === undefined ? {} : { requestTimeout: config.requestTimeout }), ...handler };
}
