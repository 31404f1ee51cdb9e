import { shapeIdName, type Model, type ServiceShape, type ShapeId } from "@smithy-gen/codegen";

/** What the harness uses of a generated client: `new XClient(config)`, `send`, `destroy`. */
export interface TestClient {
  send(command: unknown): Promise<unknown>;
  destroy(): void;
}

export type ClientClass = new (config: Record<string, unknown>) => TestClient;
export type CommandClass = new (input: unknown) => unknown;
export type ErrorClass = abstract new (...args: never[]) => Error;

/** The exports of a generated client package (`@smithy-gen/<service>-client`). */
export interface ClientModule {
  readonly packageName: string;
  readonly exports: Readonly<Record<string, unknown>>;
}

/** The shape's name inside the service: the service's `rename` applied. */
export function nameInService(service: ServiceShape, id: ShapeId): string {
  return service.rename[id] ?? shapeIdName(id);
}

/** The package's client class: its one export named `...Client` with a `send` method. */
export function clientClassOf(module: ClientModule): ClientClass {
  const found = Object.entries(module.exports).filter(
    ([name, value]) => name.endsWith("Client") && typeof value === "function" && typeof (value as { prototype?: { send?: unknown } }).prototype?.send === "function",
  );
  if (found.length !== 1) {
    throw new Error(`${module.packageName} should export exactly one client class with a send method, found ${found.length ? found.map(([name]) => name).join(", ") : "none"}`);
  }
  return found[0]![1] as ClientClass;
}

/** `XCommand` of an operation, as ARCHITECTURE.md names it. */
export function commandClassOf(module: ClientModule, service: ServiceShape, operation: ShapeId): CommandClass {
  const name = `${nameInService(service, operation)}Command`;
  const value = module.exports[name];
  if (typeof value !== "function") throw new Error(`${module.packageName} exports no ${name} for ${operation}`);
  return value as CommandClass;
}

/**
 * The error class of an error shape: the export whose static `shapeId` is the shape's id (the
 * types target gives every error class one), re-exported by the client package.
 */
export function errorClassOf(module: ClientModule, error: ShapeId): ErrorClass {
  for (const value of Object.values(module.exports)) {
    if (typeof value === "function" && (value as { shapeId?: unknown }).shapeId === error) return value as ErrorClass;
  }
  throw new Error(`${module.packageName} exports no error class whose shapeId is ${error}`);
}

/** The input and output structures of an operation (`smithy.api#Unit` when absent). */
export function operationIo(model: Model, operation: ShapeId): { input: ShapeId; output: ShapeId } {
  const shape = model.expectShapeOfType(operation, "operation");
  return { input: shape.input ?? "smithy.api#Unit", output: shape.output ?? "smithy.api#Unit" };
}
