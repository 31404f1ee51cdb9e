import { runtimeSymbol } from "../../core/runtime-symbols.js";
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
  /** `ClientConfigurationError`, from the runtime package `@smithy-gen/aws-client` (re-exported). */
  readonly configurationError: TsSymbol;
  readonly serviceInputTypes: TsSymbol;
  readonly serviceOutputTypes: TsSymbol;
  readonly clientResolvedConfig: TsSymbol;
}

export function clientSymbols(symbols: SymbolProvider): ClientSymbols {
  const clientFile = symbols.clientHome().file;
  return {
    endpointParameters: { name: "EndpointParameters", from: "src/endpoint/endpoint-parameters.ts" },
    commonEndpointParameters: { name: "commonEndpointParameters", from: "src/endpoint/rule-set.ts" },
    ruleSet: { name: "ruleSet", from: "src/endpoint/rule-set.ts" },
    defaultEndpointResolver: { name: "defaultEndpointResolver", from: "src/endpoint/endpoint-resolver.ts" },
    configurationError: runtimeSymbol("@smithy-gen/aws-client", "ClientConfigurationError"),
    serviceInputTypes: { name: "ServiceInputTypes", from: clientFile },
    serviceOutputTypes: { name: "ServiceOutputTypes", from: clientFile },
    clientResolvedConfig: { name: `${symbols.serviceName}ClientResolvedConfig`, from: clientFile },
  };
}
