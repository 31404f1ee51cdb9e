import { Model } from "../model/model.js";
import type { ShapeId } from "../model/shape-id.js";
import type { MemberShape, Shape, Traits } from "../model/shapes.js";
import type { ModelFact } from "./change.js";

/** Where a tracer sends the facts it sees read. */
export interface FactSink {
  add(id: ShapeId, aspect: string): void;
}

/**
 * The facts read during some generation: for each shape or member id, the aspects read
 * (`type`, `members`, `target`, `trait:<id>`, `traits:*` when every trait was listed, ...).
 */
export class FactSet implements FactSink {
  private readonly byId = new Map<ShapeId, Set<string>>();

  add(id: ShapeId, aspect: string): void {
    let aspects = this.byId.get(id);
    if (!aspects) this.byId.set(id, (aspects = new Set()));
    aspects.add(aspect);
  }

  addAll(other: FactSet): void {
    for (const [id, aspects] of other.byId) for (const aspect of aspects) this.add(id, aspect);
  }

  /** Whether a fact a change alters was read: `*` matches any aspect, `trait:x` matches `traits:*`. */
  covers(fact: ModelFact): boolean {
    const aspects = this.byId.get(fact.id);
    if (!aspects) return false;
    if (fact.aspect === "*") return true;
    if (aspects.has(fact.aspect)) return true;
    return fact.aspect.startsWith("trait:") && aspects.has("traits:*");
  }
}

/** A traced copy of a model: its shapes record what is read of them while `record` runs. */
export interface ModelTracer {
  readonly model: Model;
  /** Runs `body`, sending every fact it reads of the traced model's shapes to `into`. */
  record<T>(into: FactSink, body: () => T): T;
}

/** Properties that say nothing about the model's meaning. */
const UNTRACKED = new Set(["location", "mixins", "inheritedFrom"]);

/**
 * Wraps every shape of the model in a Proxy that reports property reads. The generator runs on
 * the copy unchanged; only what it reads during `record` is kept, so that the indexes built
 * before the targets run (which read everything) do not count.
 */
export function createModelTracer(model: Model): ModelTracer {
  let current: FactSink | undefined;
  const note = (id: ShapeId, aspect: string): void => current?.add(id, aspect);

  const traceTraits = (id: ShapeId, traits: Traits): Traits =>
    new Proxy(traits, {
      get(target, key, receiver) {
        if (typeof key === "string") note(id, `trait:${key}`);
        return Reflect.get(target, key, receiver);
      },
      has(target, key) {
        if (typeof key === "string") note(id, `trait:${key}`);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor(target, key) {
        if (typeof key === "string") note(id, `trait:${key}`);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys(target) {
        note(id, "traits:*");
        return Reflect.ownKeys(target);
      },
    });

  const traceMember = (member: MemberShape): MemberShape => {
    const traits = traceTraits(member.id, member.traits);
    return new Proxy(member, {
      get(target, key, receiver) {
        if (key === "traits") return traits;
        if (key === "target") note(target.id, "target");
        else if (key === "id" || key === "name" || key === "container") note(target.id, "id");
        return Reflect.get(target, key, receiver);
      },
    });
  };

  const traceShape = (shape: Shape): Shape => {
    const traits = traceTraits(shape.id, shape.traits);
    const members = new Map<string, unknown>();
    if ("members" in shape) members.set("members", new Map([...shape.members].map(([name, m]) => [name, traceMember(m)])));
    if ("member" in shape) members.set("member", traceMember(shape.member));
    if ("key" in shape) members.set("key", traceMember(shape.key));
    if ("value" in shape) members.set("value", traceMember(shape.value));
    return new Proxy(shape, {
      get(target, key, receiver) {
        if (typeof key !== "string" || UNTRACKED.has(key)) return Reflect.get(target, key, receiver);
        if (key === "traits") return traits;
        if (members.has(key)) {
          note(target.id, "members");
          return members.get(key);
        }
        note(target.id, key);
        return Reflect.get(target, key, receiver);
      },
    });
  };

  const shapes = new Map<ShapeId, Shape>();
  for (const [id, shape] of model.shapes) shapes.set(id, traceShape(shape));
  return {
    model: new Model(shapes, model.metadata),
    record(into, body) {
      const previous = current;
      current = into;
      try {
        return body();
      } finally {
        current = previous;
      }
    },
  };
}
