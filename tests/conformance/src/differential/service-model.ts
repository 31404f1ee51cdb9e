import { join } from "node:path";
import {
  flattenMixins,
  loadModel,
  shapeIdName,
  type MembersShape,
  type Model,
  type OperationShape,
  type ServiceShape,
  type ShapeId,
} from "@smithy-gen/codegen";
import { AWS_MODELS_DIR } from "../paths.js";

/** What the harness knows of a service from its model. */
export interface ServiceModel {
  readonly model: Model;
  readonly service: ServiceShape;
  /** Every operation of the service (resources included), sorted by name. */
  readonly operations: readonly OperationView[];
}

export interface OperationView {
  readonly id: ShapeId;
  /** The operation's name in the service (its `rename` applied): `XCommand`, `client.x`. */
  readonly name: string;
  readonly shape: OperationShape;
  /** `smithy.api#Unit` when absent. */
  readonly input: ShapeId;
  readonly output: ShapeId;
  /** The operation's errors, then the service's, each once. */
  readonly errors: readonly ShapeId[];
}

/** Loads one of the official models (by file name, e.g. `lightsail-2016-11-28.json`), mixins flattened. */
export function loadServiceModel(file: string): ServiceModel {
  return loadServiceModelFrom([join(AWS_MODELS_DIR, file)], file);
}

/**
 * Loads a model from its files or directories (for instance the repository's `model/`), mixins
 * flattened; `label` names it in errors. The bundled trait definitions' services are not counted.
 */
export function loadServiceModelFrom(paths: readonly string[], label = paths.join(", ")): ServiceModel {
  const model = flattenMixins(loadModel([...paths]).model);
  const services = model.shapesOfType("service").filter((s) => !s.id.startsWith("smithy.") && !s.id.startsWith("aws."));
  if (services.length !== 1) throw new Error(`${label} should define one service, found ${services.length}`);
  const service = services[0]!;
  const operations = operationsOf(model, service).map((shape): OperationView => ({
    id: shape.id,
    name: nameInService(service, shape.id),
    shape,
    input: shape.input ?? "smithy.api#Unit",
    output: shape.output ?? "smithy.api#Unit",
    errors: [...new Set([...shape.errors, ...service.errors])],
  }));
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { model, service, operations };
}

/** A shape's name inside the service: its `rename` applied. */
export function nameInService(service: ServiceShape, id: ShapeId): string {
  return service.rename[id] ?? shapeIdName(id);
}

function operationsOf(model: Model, service: ServiceShape): OperationShape[] {
  const found = new Map<ShapeId, OperationShape>();
  const visitResource = (id: ShapeId): void => {
    const resource = model.expectShapeOfType(id, "resource");
    const bound = [resource.create, resource.put, resource.read, resource.update, resource.delete, resource.list, ...resource.operations, ...resource.collectionOperations];
    for (const operation of bound) if (operation) found.set(operation, model.expectShapeOfType(operation, "operation"));
    resource.resources.forEach(visitResource);
  };
  for (const operation of service.operations) found.set(operation, model.expectShapeOfType(operation, "operation"));
  service.resources.forEach(visitResource);
  return [...found.values()];
}

/** A structure of the model (an operation's input or output, an error), or an error saying what it is instead. */
export function structureShape(model: Model, id: ShapeId): MembersShape {
  const shape = model.expectShape(id);
  if (shape.type !== "structure") throw new Error(`${id} is a ${shape.type}, expected a structure`);
  return shape;
}
