import { describe, it } from "vitest";
import { caseName, clientCases, servicesOf } from "./cases.js";
import type { ClientModule } from "./client-module.js";
import { generateServicePackages, type GeneratedServicePackages } from "./generate.js";
import { knownFailure, type KnownFailure } from "./known-failures.js";
import { loadSuite } from "./load-suite.js";
import { GENERATED_DIR } from "./paths.js";
import type { ProtocolName } from "./protocols.js";
import { runCase, type CaseRuntime } from "./run-case.js";

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
 * Declares one vitest suite named after the protocol, with one test per client case. The test
 * services are loaded and generated once, while the suite is collected; a failure to load or
 * generate fails every case of the affected services with that error (never a silent zero).
 */
export function defineProtocolSuite(protocol: ProtocolName): void {
  const { model } = loadSuite(protocol);
  const cases = clientCases(model, protocol);
  const generated = new Map<string, GeneratedServicePackages | Error>();
  for (const service of servicesOf(model, protocol)) {
    try {
      generated.set(service.id, generateServicePackages(model, service.id, GENERATED_DIR));
    } catch (error) {
      generated.set(service.id, error instanceof Error ? error : new Error(String(error)));
    }
  }
  const modules = new Map<string, Promise<ClientModule>>();
  const runtime: CaseRuntime = {
    model,
    clientModule(service) {
      let module = modules.get(service);
      if (!module) {
        module = importClient(service, generated.get(service));
        modules.set(service, module);
      }
      return module;
    },
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
}

async function importClient(service: string, generated: GeneratedServicePackages | Error | undefined): Promise<ClientModule> {
  if (generated === undefined) throw new Error(`${service} was not generated`);
  if (generated instanceof Error) throw new Error(`generating ${service} failed: ${generated.message}`, { cause: generated });
  const packageName = generated.packages.client;
  if (packageName === undefined) throw new Error(`generating ${service} produced no client package`);
  // Resolved to `.generated/<package>/src/index.ts` by the alias in vitest.config.ts.
  const exports = (await import(/* @vite-ignore */ packageName)) as Record<string, unknown>;
  return { packageName, exports };
}
