import type { ShapeId } from "@smithy-gen/codegen";
import { asyncProperty, assert, constant, constantFrom, oneof, sample, string, type Arbitrary } from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERATED_DIR } from "../paths.js";
import { createClientPair, type ClientPair } from "./client-pair.js";
import { differences } from "./comparable.js";
import { generatePackages, packageNames } from "./generate.js";
import type { WireResponse } from "./http.js";
import { FIXED_DIFFERENCES, KNOWN_DIFFERENCES, knownDifference, type DifferenceKind } from "./known-differences.js";
import { GenerationFailure, tolerant } from "./tolerant-arbitrary.js";
import { observeRequest, observeResponse, withoutFilledTokens, type RequestObservation } from "./observe.js";
import { loadServiceModel, loadServiceModelFrom, nameInService, type OperationView, type ServiceModel } from "./service-model.js";
import { MAX_DEPTH, NUM_RUNS, propertyParameters } from "./settings.js";
import { UNMODELLED_FIELDS } from "./responses.js";
import { wireFormat } from "./wire-formats.js";

export interface DifferentialSpec {
  /** Short name used in test names and the summary line, e.g. `lightsail`. */
  readonly label: string;
  /** The official model's file in `shared/models/aws`: the suite generates its packages into `.generated/`. */
  readonly modelFile?: string;
  /**
   * Instead of `modelFile`: the repository's own model (its `.smithy` files), whose packages are
   * the checked-in ones of `packages/`, built, imported by name. Their names are what the
   * generator gives the model.
   */
  readonly workspaceModel?: readonly string[];
  /** The official AWS SDK client package, imported. */
  readonly official: () => Promise<Record<string, unknown>>;
  /**
   * The protocol to compare over, one the service declares (default: its awsJson one): ours is
   * generated with it (`--protocol`), under its own package names (`packagePrefix`), and the
   * official client is configured for it (`officialConfig`).
   */
  readonly protocol?: "rpcv2Cbor";
  /** The stem of our generated packages' names (default the service's), so that a second protocol's packages do not replace the first's. */
  readonly packagePrefix?: string;
  /** Added to the official client's configuration: for rpcv2Cbor its `protocol` class. */
  readonly officialConfig?: () => Promise<Record<string, unknown>>;
}

type ArbitraryFactory = (options?: Record<string, unknown>) => Arbitrary<unknown>;

/** How many cases were compared, and how many showed a known difference, per kind. */
export interface CaseCounts {
  request: number;
  output: number;
  error: number;
  known: Map<string, number>;
}

/**
 * Declares the differential suite of one service: for every operation, random inputs must make
 * both clients send the same request; random modelled outputs, written as the service writes
 * them, must read the same; random modelled (and unmodelled) errors must be thrown alike.
 */
export function defineDifferentialSuite(spec: DifferentialSpec): void {
  if ((spec.modelFile === undefined) === (spec.workspaceModel === undefined)) {
    throw new Error(`${spec.label}: give the suite either modelFile or workspaceModel`);
  }
  const service = spec.modelFile !== undefined ? loadServiceModel(spec.modelFile) : loadServiceModelFrom(spec.workspaceModel!);
  const settings =
    spec.protocol !== undefined || spec.packagePrefix !== undefined
      ? { scope: "@smithy-gen", ...(spec.protocol ? { protocol: spec.protocol } : {}), ...(spec.packagePrefix ? { packagePrefix: spec.packagePrefix } : {}) }
      : undefined;
  const packages = spec.modelFile !== undefined ? generatePackages(service, GENERATED_DIR, settings) : packageNames(service, settings);
  const wire = wireFormat(service, spec.protocol);
  const queryCompatible = Object.hasOwn(service.service.traits, "aws.protocols#awsQueryCompatible");
  const counts: CaseCounts = { request: 0, output: 0, error: 0, known: new Map() };
  let pair: ClientPair;
  let arbitraries: Record<string, unknown>;

  const arbitraryOf = (id: ShapeId, options: Record<string, unknown>): Arbitrary<unknown> => {
    if (id === "smithy.api#Unit") return constant({});
    const name = `arbitrary${nameInService(service.service, id)}`;
    const factory = (arbitraries[name] ?? arbitraries[`arbitrary_${nameInService(service.service, id)}`]) as ArbitraryFactory | undefined;
    if (typeof factory !== "function") throw new Error(`${packages.types}/arbitraries exports no ${name} for ${id}`);
    return factory(options);
  };
  /** Which known differences explain the differences found, and which differences none explains. */
  const classify = (kind: DifferenceKind, operation: OperationView, found: readonly string[], sides: Sides = {}): { seen: Set<string>; unexplained: string[] } => {
    const seen = new Set<string>();
    const unexplained: string[] = [];
    for (const difference of found) {
      const known = knownDifference({ service: spec.label, model: service.model, operation, kind, difference, ...sides });
      if (known) seen.add(known.id);
      else unexplained.push(difference);
    }
    return { seen, unexplained };
  };
  /**
   * Counts a compared case; every difference must be a known one (each known one is counted once
   * per case), else the case fails naming the differences left.
   */
  const settle = (kind: DifferenceKind, operation: OperationView, found: readonly string[], sides: Sides = {}): void => {
    if (kind !== "arbitrary") counts[kind]++;
    const { seen, unexplained } = classify(kind, operation, found, sides);
    for (const id of seen) counts.known.set(id, (counts.known.get(id) ?? 0) + 1);
    if (unexplained.length > 0) {
      throw new Error(`${spec.label} ${operation.name} ${kind}: ours and the official client differ at\n  ${unexplained.join("\n  ")}`);
    }
  };
  /** A case the arbitrary could not generate: a known generator finding, or a failure naming the shape. */
  const generated = <T>(operation: OperationView, value: T | GenerationFailure): value is T => {
    if (!(value instanceof GenerationFailure)) return true;
    settle("arbitrary", operation, [value.error.message]);
    return false;
  };

  const compareRequest = async (operation: OperationView, input: unknown): Promise<Compared> => {
    const ours = await observeRequest(pair.ours, operation.name, input, wire.requestView);
    const official = await observeRequest(pair.official, operation.name, input, wire.requestView);
    return { found: requestDifferences(service, operation, input, ours, official), sides: { ours, official } };
  };
  const compareResponse = async (operation: OperationView, input: unknown, canned: WireResponse, errorId?: ShapeId): Promise<Compared> => {
    const response = wire.httpResponse(canned);
    const bodyMap = wire.bodyMap(canned.body);
    const context = { model: service.model, ...(errorId ? { expectedError: errorId } : {}), ...(bodyMap ? { bodyMap } : {}), queryCompatible };
    const ours = await observeResponse(pair.ours, operation.name, input, response, context);
    const official = await observeResponse(pair.official, operation.name, input, response, context);
    return { found: differences(ours, official), sides: { ours, official, response: canned } };
  };
  const operationNamed = (name: string): OperationView => {
    const found = service.operations.find((operation) => operation.name === name);
    if (!found) throw new Error(`${spec.label} has no operation ${name}`);
    return found;
  };

  describe(`${spec.label}: ours vs the official client`, () => {
    beforeAll(async () => {
      const [ours, official, officialConfig, arbitraryModule] = await Promise.all([
        import(/* @vite-ignore */ packages.client) as Promise<Record<string, unknown>>,
        spec.official(),
        spec.officialConfig?.() ?? Promise.resolve({}),
        import(/* @vite-ignore */ `${packages.types}/arbitraries`) as Promise<Record<string, unknown>>,
      ]);
      pair = createClientPair(service, ours, official, officialConfig);
      arbitraries = arbitraryModule;
    }, 300_000);

    afterAll(() => {
      pair?.ours.client.destroy();
      pair?.official.client.destroy();
      const known = [...counts.known.entries()].map(([id, count]) => `${id} x${count}`).join(", ");
      console.log(
        `${spec.label} differential (${wire.protocol}, ${service.operations.length} operations, ${NUM_RUNS} runs each): ` +
          `${counts.request} requests, ${counts.output} outputs, ${counts.error} errors compared; known differences seen: ${known || "none"}`,
      );
    });

    for (const operation of service.operations) {
      describe(operation.name, () => {
        it("sends the same request", async () => {
          const inputs = tolerant(arbitraryOf(operation.input, { maxDepth: MAX_DEPTH, unknownEnumValues: true, unknownUnionMembers: true }));
          await assert(
            asyncProperty(inputs, async (input) => {
              if (!generated(operation, input)) return;
              const { found, sides } = await compareRequest(operation, input);
              settle("request", operation, found, sides);
            }),
            propertyParameters(),
          );
        });

        it("reads outputs alike", async () => {
          const input = sampleInput(arbitraryOf(operation.input, { maxDepth: 1 }));
          const outputs = tolerant(arbitraryOf(operation.output, { maxDepth: MAX_DEPTH, unknownEnumValues: true, unknownUnionMembers: true }));
          await assert(
            asyncProperty(outputs, wire.styles, async (output, style) => {
              if (!generated(operation, output)) return;
              const { found, sides } = await compareResponse(operation, input, wire.output(service, operation.output, output, style));
              settle("output", operation, found, sides);
            }),
            propertyParameters(),
          );
        });

        it("throws errors alike", async () => {
          const input = sampleInput(arbitraryOf(operation.input, { maxDepth: 1 }));
          const modelled = operation.errors.map((id) => tolerant(arbitraryOf(id, { maxDepth: MAX_DEPTH })).map((value) => ({ id: id as ShapeId | undefined, value })));
          const unmodelled = string({ minLength: 1, maxLength: 12, unit: constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") }).map((name) => ({
            id: undefined as ShapeId | undefined,
            value: { code: `Unmodelled${name}Exception`, message: `no such error in the model: ${name}` } as unknown,
          }));
          const codeForms = constantFrom(...wire.errorForms);
          await assert(
            asyncProperty(oneof(...modelled, unmodelled), codeForms, UNMODELLED_FIELDS, wire.styles, async ({ id, value }, form, fields, style) => {
              if (!generated(operation, value)) return;
              const { found, sides } = await compareResponse(operation, input, wire.error(service, id, value, form, fields, style), id);
              settle("error", operation, found, sides);
            }),
            propertyParameters(),
          );
        });
      });
    }

    const reproduced = (entry: { readonly reproductions: readonly { readonly service: string }[] }) =>
      entry.reproductions.some((reproduction) => reproduction.service === spec.label);

    // A service may have no known difference left to reproduce (vitest fails an empty describe).
    if (KNOWN_DIFFERENCES.some(reproduced)) describe("known differences still show", () => {
      for (const entry of KNOWN_DIFFERENCES) {
        entry.reproductions.forEach((reproduction, position) => {
          if (reproduction.service !== spec.label) return;
          it(`${entry.id} (${reproduction.kind}${entry.reproductions.length > 1 ? ` ${position + 1}` : ""})`, async () => {
            if (reproduction.kind === "arbitrary") {
              const run = () => sample(arbitraryOf(`${service.service.id.slice(0, service.service.id.indexOf("#"))}#${reproduction.shape}`, {}), { numRuns: 20, seed: 1 });
              expect(run).toThrow(/no value satisfying/);
              expect(classify("arbitrary", service.operations[0]!, [captureError(run)]).seen).toEqual(new Set([entry.id]));
              return;
            }
            const operation = operationNamed(reproduction.operation);
            const input = reproduction.input ?? sampleInput(arbitraryOf(operation.input, { maxDepth: 1 }));
            const { found, sides } =
              reproduction.kind === "request" ? await compareRequest(operation, input) : await compareResponse(operation, input, reproduction.response, reproduction.error);
            const { seen, unexplained } = classify(reproduction.kind, operation, found, sides);
            // Fails once the difference is gone (fixed on either side) or has changed: revisit the entry.
            const alongside = reproduction.kind === "request" ? [] : (reproduction.alongside ?? []);
            expect({ seen: [...seen].sort(), unexplained }).toEqual({ seen: [entry.id, ...alongside].sort(), unexplained: [] });
          });
        });
      }
    });

    if (FIXED_DIFFERENCES.some(reproduced)) describe("fixed differences stay fixed", () => {
      for (const entry of FIXED_DIFFERENCES) {
        entry.reproductions.forEach((reproduction, position) => {
          if (reproduction.service !== spec.label) return;
          it(`${entry.id} (${reproduction.kind}${entry.reproductions.length > 1 ? ` ${position + 1}` : ""}; ${entry.fixed})`, async () => {
            const operation = operationNamed(reproduction.operation);
            const input = reproduction.input ?? sampleInput(arbitraryOf(operation.input, { maxDepth: 1 }));
            const { found } =
              reproduction.kind === "request" ? await compareRequest(operation, input) : await compareResponse(operation, input, reproduction.response, reproduction.error);
            expect(found).toEqual([]);
          });
        });
      }
    });
  });
}

interface Sides {
  readonly ours?: unknown;
  readonly official?: unknown;
  readonly response?: WireResponse;
}

interface Compared {
  readonly found: string[];
  readonly sides: Sides;
}

function captureError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return "(nothing thrown)";
}

/**
 * One input to send while the response is what is compared. A few seeds are tried, since an
 * arbitrary that cannot satisfy some pattern (a known generator finding) may throw for one.
 */
function sampleInput(arbitrary: Arbitrary<unknown>): unknown {
  let failure: GenerationFailure | undefined;
  for (let seed = 20161128; seed < 20161128 + 20; seed++) {
    const [value] = sample(tolerant(arbitrary), { numRuns: 1, seed });
    if (!(value instanceof GenerationFailure)) return value;
    failure = value;
  }
  throw failure!.error;
}

function requestDifferences(service: ServiceModel, operation: OperationView, input: unknown, ours: RequestObservation, official: RequestObservation): string[] {
  if ("request" in ours && "request" in official) {
    const [ourBody, officialBody] = withoutFilledTokens(service.model, operation.input, input, [ours.request.body, official.request.body]);
    return differences({ request: { ...ours.request, body: ourBody } }, { request: { ...official.request, body: officialBody } });
  }
  return differences(ours, official);
}
