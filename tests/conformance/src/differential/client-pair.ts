import type { ServiceModel } from "./service-model.js";
import { recordingHandler, type RecordingHandler } from "./http.js";

/** What the harness uses of a client, ours or the official one. */
export interface AnyClient {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
}

type ClientClass = new (config: Record<string, unknown>) => AnyClient;
type CommandClass = new (input: unknown) => unknown;
export type ErrorClass = abstract new (...args: never[]) => Error;

export interface ClientSide {
  readonly label: "ours" | "official";
  readonly client: AnyClient;
  readonly handler: RecordingHandler;
  command(operation: string, input: unknown): unknown;
  /** The side's class for a modelled error (ours: by its static `shapeId`; official: by name). */
  errorClass(errorId: string, name: string): ErrorClass;
  /** The side's base exception of the service. */
  readonly serviceException: ErrorClass;
}

/** Both clients, each with its own recording handler, the same Region and static credentials, one attempt per request. */
export interface ClientPair {
  readonly ours: ClientSide;
  readonly official: ClientSide;
}

export const CLIENT_CONFIG = {
  region: "us-west-2",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
  maxAttempts: 1,
} as const;

/** `officialConfig` is added to the official client's configuration (its `protocol`, say). */
export function createClientPair(
  service: ServiceModel,
  ourExports: Record<string, unknown>,
  officialExports: Record<string, unknown>,
  officialConfig: Record<string, unknown> = {},
): ClientPair {
  return { ours: side("ours", ourExports, service), official: side("official", officialExports, service, officialConfig) };
}

function side(label: "ours" | "official", exports: Record<string, unknown>, service: ServiceModel, config: Record<string, unknown> = {}): ClientSide {
  const handler = recordingHandler();
  const Client = clientClass(exports, label);
  const client = new Client({ ...CLIENT_CONFIG, ...config, requestHandler: handler });
  const exceptions = Object.entries(exports).filter(([name, value]) => name.endsWith("ServiceException") && name !== "ServiceException" && typeof value === "function");
  if (exceptions.length !== 1) throw new Error(`${label}: expected one ...ServiceException export, found ${exceptions.map(([name]) => name).join(", ") || "none"}`);
  return {
    label,
    client,
    handler,
    serviceException: exceptions[0]![1] as ErrorClass,
    command(operation, input) {
      const Command = exports[`${operation}Command`] as CommandClass | undefined;
      if (typeof Command !== "function") throw new Error(`${label}: no ${operation}Command export`);
      return new Command(input);
    },
    errorClass(errorId, name) {
      const found =
        label === "ours"
          ? Object.values(exports).find((value) => typeof value === "function" && (value as { shapeId?: unknown }).shapeId === errorId)
          : exports[name];
      if (typeof found !== "function") throw new Error(`${label}: no error class for ${errorId} (${service.service.id})`);
      return found as ErrorClass;
    },
  };
}

function clientClass(exports: Record<string, unknown>, label: string): ClientClass {
  const found = Object.entries(exports).filter(
    ([name, value]) => name.endsWith("Client") && !name.startsWith("_") && typeof value === "function" && typeof (value as { prototype?: { send?: unknown } }).prototype?.send === "function",
  );
  if (found.length !== 1) throw new Error(`${label}: expected exactly one client class, found ${found.map(([name]) => name).join(", ") || "none"}`);
  return found[0]![1] as ClientClass;
}
