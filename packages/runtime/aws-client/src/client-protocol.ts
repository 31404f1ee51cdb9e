import { ClientConfigurationError } from "./client-configuration-error.js";

/**
 * The wire protocol a client speaks, from its `protocol` option: one of `protocols`, the protocols
 * the service declares and the client was generated with, the first the default. Anything else
 * (a typo, a protocol the service does not declare) throws a `ClientConfigurationError` naming
 * the ones it speaks, rather than sending requests the service cannot read.
 */
export function resolveClientProtocol<P extends string>(client: string, protocol: unknown, protocols: readonly [P, ...P[]]): P {
  if (protocol === undefined) return protocols[0];
  if (protocols.includes(protocol as P)) return protocol as P;
  const choices = protocols.map((name) => JSON.stringify(name)).join(" or ");
  throw new ClientConfigurationError(client, "protocol", `protocol must be ${choices} (the protocols the service declares), not ${typeof protocol === "string" ? JSON.stringify(protocol) : String(protocol)}`);
}
