import { describe, expect, it } from "vitest";
import { createModelTracer, FactSet } from "../../src/diff/model-tracer.js";
import { getTrait, hasTrait } from "../../src/model/model.js";
import { membersOf } from "../../src/model/shapes.js";
import { loadIdl, weatherIdl } from "./support/compare.js";

const MODEL = loadIdl(
  weatherIdl(`
operation GetForecast {
    output := {
        /// The day.
        day: Day
    }
}

@documentation("One day.")
structure Day {
    @required
    high: Integer
}
`),
);
const DAY = "example.weather#Day";

describe("the model tracer", () => {
  it("records the facts read while recording, and nothing outside", () => {
    const tracer = createModelTracer(MODEL);
    const day = tracer.model.expectShape(DAY);
    void day.type; // not recording: not counted
    const facts = new FactSet();
    tracer.record(facts, () => {
      void day.type;
      void hasTrait(day, "smithy.api#documentation");
      for (const member of membersOf(day)) void member.target;
    });
    expect(facts.covers({ id: DAY, aspect: "type" })).toBe(true);
    expect(facts.covers({ id: DAY, aspect: "trait:smithy.api#documentation" })).toBe(true);
    expect(facts.covers({ id: DAY, aspect: "trait:smithy.api#deprecated" })).toBe(false);
    expect(facts.covers({ id: DAY, aspect: "members" })).toBe(true);
    expect(facts.covers({ id: `${DAY}$high`, aspect: "target" })).toBe(true);
    expect(facts.covers({ id: `${DAY}$high`, aspect: "trait:smithy.api#required" })).toBe(false);
    expect(facts.covers({ id: `${DAY}$high`, aspect: "*" })).toBe(true);
    expect(facts.covers({ id: "example.weather#GetForecast", aspect: "*" })).toBe(false);
  });

  it("counts listing every trait as reading each of them", () => {
    const tracer = createModelTracer(MODEL);
    const facts = new FactSet();
    tracer.record(facts, () => Object.keys(tracer.model.expectShape(DAY).traits));
    expect(facts.covers({ id: DAY, aspect: "trait:smithy.api#deprecated" })).toBe(true);
    expect(facts.covers({ id: DAY, aspect: "type" })).toBe(false);
  });

  it("leaves the model's contents as they are", () => {
    const tracer = createModelTracer(MODEL);
    const original = MODEL.expectShape(DAY);
    const traced = tracer.model.expectShape(DAY);
    tracer.record(new FactSet(), () => {
      expect(getTrait(traced, "smithy.api#documentation")).toBe("One day.");
      expect(membersOf(traced).map((m) => [m.id, m.target, Object.keys(m.traits)])).toEqual(membersOf(original).map((m) => [m.id, m.target, Object.keys(m.traits)]));
      expect(tracer.model.getMember(`${DAY}$high`)?.name).toBe("high");
    });
    expect([...tracer.model.shapes.keys()]).toEqual([...MODEL.shapes.keys()]);
  });
});
