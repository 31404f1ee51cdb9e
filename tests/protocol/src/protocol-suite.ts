import { describe, it } from "vitest";
import { caseName, clientCases, serverCases, servicesOf } from "./cases.js";
import type { ClientModule } from "./client-module.js";
import { CLIENT_ROLES, generateServicePackages, type GeneratedServicePackages } from "./generate.js";
import { knownFailure, type KnownFailure } from "./known-failures.js";
import { loadSuite } from "./load-suite.js";
import { GENERATED_DIR } from "./paths.js";
import { hasSide, suiteName, type ProtocolName } from "./protocols.js";
import { runCase, type CaseRuntime } from "./run-case.js";
import { runServerCase, type ServerCaseRuntime } from "./run-server-case.js";

/** Shown for a known failure that now passes. */
export function nowPassesMessage(name: string): string {
  return `${name} now passes; remove it from the list in tests/protocol/src/known-failures.ts`;
}

/**
 * Runs a case. A case that is not a known failure passes or throws as it is. A known failure
 * that still fails gives "still failing" (the caller reports it skipped, with its reason); one
 * that passes throws, so that the fix is noticed and the list entry removed.
 */
export async function runExpectingKnownFailure(name: string, known: KnownFailure | undefined, run: () => Promise<void>): Promise<"passed" | "still failing"> {
  if (!known) {
    await run();
    return "passed";
  }
  try {
    await run();
  } catch {
    return "still failing";
  }
  throw new Error(nowPassesMessage(name));
}

/**
 * Declares one vitest suite named after the protocol, with one test per client case, and, for a
 * protocol with a server side (see `PROTOCOLS`), one named `<protocol>-server` with one test per
 * server case, run through the generated server. The test
 * services are loaded and generated once, while the suite is collected; a failure to load or
 * generate fails every case of the affected services with that error (never a silent zero).
 */
export function defineProtocolSuite(protocol: ProtocolName): void {
  const { model } = loadSuite(protocol);
  const cases = clientCases(model, protocol);
  const generated = new Map<string, GeneratedServicePackages | Error>();
  // A protocol without a server side gets no server package: smithy-gen's would only say it has none.
  const roles = hasSide(protocol, "server") ? undefined : CLIENT_ROLES;
  for (const service of servicesOf(model, protocol)) {
    try {
      generated.set(service.id, generateServicePackages(model, service.id, GENERATED_DIR, roles));
    } catch (error) {
      generated.set(service.id, error instanceof Error ? error : new Error(String(error)));
    }
  }
  const modules = new Map<string, Promise<ClientModule>>();
  const moduleOf = (service: string, role: "client" | "server"): Promise<ClientModule> => {
    const key = `${role} ${service}`;
    let module = modules.get(key);
    if (!module) {
      module = importPackage(service, generated.get(service), role);
      modules.set(key, module);
    }
    return module;
  };
  const runtime: CaseRuntime & ServerCaseRuntime = {
    model,
    clientModule: (service) => moduleOf(service, "client"),
    serverModule: (service) => moduleOf(service, "server"),
  };

  describe(protocol, () => {
    for (const testCase of cases) {
      const name = caseName(testCase);
      it(name, async (context) => {
        const known = knownFailure(protocol, name);
        const outcome = await runExpectingKnownFailure(name, known, () => runCase(runtime, testCase));
        if (outcome === "still failing" && known) context.skip(`known failure: ${known.reason}`);
      });
    }
  });

  if (!hasSide(protocol, "server")) return;
  describe(suiteName(protocol, "server"), () => {
    for (const testCase of serverCases(model, protocol)) {
      const name = caseName(testCase);
      it(name, async (context) => {
        const known = knownFailure(protocol, name, "server");
        const outcome = await runExpectingKnownFailure(name, known, () => runServerCase(runtime, testCase));
        if (outcome === "still failing" && known) context.skip(`known failure: ${known.reason}`);
      });
    }
  });
}

async function importPackage(service: string, generated: GeneratedServicePackages | Error | undefined, role: "client" | "server"): Promise<ClientModule> {
  if (generated === undefined) throw new Error(`${service} was not generated`);
  if (generated instanceof Error) throw new Error(`generating ${service} failed: ${generated.message}`, { cause: generated });
  const packageName = generated.packages[role];
  if (packageName === undefined) throw new Error(`generating ${service} produced no ${role} package`);
  // Resolved to `.generated/<package>/src/index.ts` by the alias in vitest.config.ts.
  const exports = (await import(/* @vite-ignore */ packageName)) as Record<string, unknown>;
  return { packageName, exports };
}
