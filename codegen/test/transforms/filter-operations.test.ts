import { describe, expect, it } from "vitest";
import { createServiceIndex } from "../../src/knowledge/service-index.js";
import { filterOperations, UnknownOperationsError } from "../../src/transforms/filter-operations.js";
import { load } from "../support/load.js";

const MODEL = `$version: "2"
namespace ex

service Shop {
    operations: [GetPrice, Ping]
    resources: [Item]
}

resource Item {
    identifiers: { id: String }
    read: GetItem
    delete: DeleteItem
    list: ListItems
    operations: [TagItem]
    collectionOperations: [CountItems]
}

@readonly
operation GetPrice { input := { id: String } output := { price: Integer } }
operation Ping {}
@readonly
operation GetItem { input := { @required id: String } }
@idempotent
operation DeleteItem { input := { @required id: String } }
@readonly
operation ListItems {}
operation TagItem { input := { @required id: String } }
operation CountItems {}
`;

const model = () => load({ "shop.smithy": MODEL }).model;
const operationNames = (m: ReturnType<typeof model>): string[] =>
  createServiceIndex(m, m.expectShapeOfType("ex#Shop", "service")).operations.map((op) => op.id.slice(3));

describe("filterOperations", () => {
  it("keeps the named operations, bound where they were, and unbinds the others", () => {
    const filtered = filterOperations(model(), "ex#Shop", ["GetPrice", "GetItem", "ex#CountItems"]);
    expect(operationNames(filtered)).toEqual(["CountItems", "GetItem", "GetPrice"]);
    expect(filtered.expectShapeOfType("ex#Shop", "service")).toMatchObject({ operations: ["ex#GetPrice"], resources: ["ex#Item"] });
    const item = filtered.expectShapeOfType("ex#Item", "resource");
    expect(item).toMatchObject({ read: "ex#GetItem", operations: [], collectionOperations: ["ex#CountItems"] });
    expect(item).not.toHaveProperty("delete");
    expect(item).not.toHaveProperty("list");
    // shapes stay; the service just no longer reaches them
    expect(filtered.getShape("ex#Ping")?.type).toBe("operation");
  });

  it("leaves its input alone", () => {
    const original = model();
    const before = structuredClone([...original.shapes.entries()]);
    filterOperations(original, "ex#Shop", ["Ping"]);
    expect([...original.shapes.entries()]).toEqual(before);
    expect(operationNames(original)).toHaveLength(7);
  });

  it("throws an UnknownOperationsError naming every unknown name and what the service has", () => {
    let error: unknown;
    try {
      filterOperations(model(), "ex#Shop", ["Ping", "Pong", "getPrice"]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnknownOperationsError);
    expect(error).toMatchObject({
      service: "ex#Shop",
      unknown: ["Pong", "getPrice"],
      available: ["CountItems", "DeleteItem", "GetItem", "GetPrice", "ListItems", "Ping", "TagItem"],
    });
  });

  it("skips unknown names when told to", () => {
    expect(operationNames(filterOperations(model(), "ex#Shop", ["Ping", "Pong"], { unknown: "ignore" }))).toEqual(["Ping"]);
  });
});
