// A miniature generator (four targets writing plain text) whose reads of the model are known
// exactly, for testing how changes are mapped to packages without depending on the real targets.
import { getTrait } from "../../../src/model/model.js";
import { shapeIdName } from "../../../src/model/shape-id.js";
import type { Target } from "../../../src/core/target.js";

const named = (type: string): boolean => type === "structure" || type === "enum" || type === "union";

/** One file per structure (members and documentation) and per enum (values); an index exporting them. */
export const fakeTypes: Target = {
  role: "types",
  generate({ index }, pkg) {
    const exports: string[] = [];
    for (const shape of index.closure) {
      if (!shape.id.startsWith("example.") || !named(shape.type) || !("members" in shape)) continue;
      const name = shapeIdName(shape.id);
      const doc = getTrait(shape, "smithy.api#documentation");
      const members = [...shape.members.values()].map((m) => `${m.name}: ${m.target}`);
      pkg.text(`src/models/${name}.ts`, [`// ${typeof doc === "string" ? doc : ""}`, ...members, ""].join("\n"));
      exports.push(`export { ${name} } from "./models/${name}.js";`);
    }
    pkg.text("src/index.ts", `${exports.join("\n")}\n`);
  },
  manifest: () => ({ description: "types" }),
};

/** One file per structure: member names and targets only (no documentation, no enum values). */
export const fakeSerde: Target = {
  role: "serde",
  generate({ index }, pkg) {
    for (const shape of index.closure) {
      if (!shape.id.startsWith("example.") || shape.type !== "structure") continue;
      pkg.text(`src/shapes/${shapeIdName(shape.id)}.ts`, [...shape.members.values()].map((m) => `${m.name} -> ${m.target}`).join("\n"));
    }
  },
  manifest: () => ({ description: "serde" }),
};

/** One file per @paginated operation. */
export const fakePaginators: Target = {
  role: "paginators",
  generate({ index }, pkg) {
    for (const operation of index.operations) {
      const paginated = getTrait(operation, "smithy.api#paginated");
      if (paginated !== undefined) pkg.text(`src/${shapeIdName(operation.id)}.ts`, JSON.stringify(paginated));
    }
    pkg.text("src/index.ts", "");
  },
  manifest: () => ({ description: "paginators" }),
};

/** One file per operation (with its documentation); an index re-exporting every named type of the types package. */
export const fakeClient: Target = {
  role: "client",
  generate({ index, symbols }, pkg) {
    for (const operation of index.operations) {
      const doc = getTrait(operation, "smithy.api#documentation");
      pkg.text(`src/commands/${shapeIdName(operation.id)}.ts`, `// ${typeof doc === "string" ? doc : ""}\n`);
    }
    const names = index.closure.filter((s) => s.id.startsWith("example.") && named(s.type)).map((s) => shapeIdName(s.id));
    pkg.text("src/index.ts", `export { ${names.join(", ")} } from "${symbols.packageName("types")}";\n`);
  },
  manifest: () => ({ description: "client" }),
};

export const FAKE_TARGETS: readonly Target[] = [fakeTypes, fakeSerde, fakePaginators, fakeClient];
