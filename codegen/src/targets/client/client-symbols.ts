import type { SymbolProvider } from "../../core/symbols.js";
import type { TsSymbol } from "../../core/ts-file.js";

/**
 * The client package's own modules that the symbol provider does not name (they are internal to
 * the package, or fixed names like the official SDK's `EndpointParameters`).
 */
export interface ClientSymbols {
  readonly endpointParameters: TsSymbol;
  readonly commonEndpointParameters: TsSymbol;
  readonly ruleSet: TsSymbol;
  readonly defaultEndpointResolver: TsSymbol;
  readonly getRuntimeConfig: TsSymbol;
  readonly runtimeConfigFile: string;
  readonly browserRuntimeConfigFile: string;
  readonly getSharedRuntimeConfig: TsSymbol;
  readonly configurationError: TsSymbol;
  readonly resolveRegion: TsSymbol;
  readonly resolveCredentials: TsSymbol;
  readonly getSigV4SigningPlugin: TsSymbol;
  readonly getUserAgentPlugin: TsSymbol;
  readonly serviceInputTypes: TsSymbol;
  readonly serviceOutputTypes: TsSymbol;
  readonly clientResolvedConfig: TsSymbol;
}

export function clientSymbols(symbols: SymbolProvider): ClientSymbols {
  const clientFile = symbols.clientHome().file;
  return {
    endpointParameters: { name: "EndpointParameters", from: "src/endpoint/endpoint-parameters.ts" },
    commonEndpointParameters: { name: "commonEndpointParameters", from: "src/endpoint/endpoint-parameters.ts" },
    ruleSet: { name: "ruleSet", from: "src/endpoint/rule-set.ts" },
    defaultEndpointResolver: { name: "defaultEndpointResolver", from: "src/endpoint/endpoint-resolver.ts" },
    getRuntimeConfig: { name: "getRuntimeConfig", from: "src/runtime-config.ts" },
    runtimeConfigFile: "src/runtime-config.ts",
    browserRuntimeConfigFile: "src/runtime-config.browser.ts",
    getSharedRuntimeConfig: { name: "getSharedRuntimeConfig", from: "src/runtime-config-shared.ts" },
    configurationError: { name: "ClientConfigurationError", from: "src/client-configuration-error.ts" },
    resolveRegion: { name: "resolveRegion", from: "src/config/region.ts" },
    resolveCredentials: { name: "resolveCredentials", from: "src/config/credentials.ts" },
    getSigV4SigningPlugin: { name: "getSigV4SigningPlugin", from: "src/middleware/sigv4-signing.ts" },
    getUserAgentPlugin: { name: "getUserAgentPlugin", from: "src/middleware/user-agent.ts" },
    serviceInputTypes: { name: "ServiceInputTypes", from: clientFile },
    serviceOutputTypes: { name: "ServiceOutputTypes", from: clientFile },
    clientResolvedConfig: { name: `${symbols.serviceName}ClientResolvedConfig`, from: clientFile },
  };
}
