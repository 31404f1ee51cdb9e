/**
 * A configuration value of a client that cannot work: an invalid or missing Region, malformed
 * credentials, no endpoint. Thrown when the client is built, or on the first call for values that
 * come from providers. The message starts with the client's name (`LightsailClient: ...`).
 */
export class ClientConfigurationError extends Error {
  override readonly name = "ClientConfigurationError";
  /** The client whose configuration is at fault, e.g. `LightsailClient`. */
  declare readonly client: string;
  /** The configuration option at fault, e.g. `region`. */
  declare readonly option: string;

  constructor(client: string, option: string, message: string, options?: { cause?: unknown }) {
    super(`${client}: ${message}`, options);
    this.client = client;
    this.option = option;
  }
}
