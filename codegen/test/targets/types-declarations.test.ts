import { describe, expect, it } from "vitest";
import { ModelError } from "../../src/model/diagnostics.js";
import { load } from "../support/load.js";
import { bodyOf, fileOf, generateTypes, loadIdl, unitModel } from "./types-support.js";

const SHAPES = `
/// The <b>region</b> of a resource, see <a href="https://example.com/regions">the list</a>.
enum Region {
    /// The first.
    US_EAST_1 = "us-east-1"

    @deprecated(message: "Closed.")
    EU_WEST_1 = "eu-west-1"
}

intEnum Level {
    LOW = 1
    HIGH = 10
}

/// Either a name or an image.
union Source {
    /// A name.
    name: String
    image: Blob
    nothing: Unit
}

structure RunInput {
    /// The id, <code>required</code>.
    @required
    id: String

    @default(10)
    limit: Integer

    tags: SparseTags
    labels: SparseLabels

    @deprecated(since: "2020")
    old: Timestamp

    @sensitive
    secret: String

    @required
    @clientOptional
    eventually: String

    source: Source
    region: Region
    level: Level
    nested: NestedList
    document: Document
    big: BigInteger
}

@sparse
list SparseTags {
    member: String
}

@sparse
map SparseLabels {
    key: String
    value: Integer
}

list NestedList {
    member: SparseTags
}

/// Not there.
@error("client")
@retryable(throttling: true)
structure Missing {
    @required
    message: String

    resource: String
}

structure Unreachable {
    value: String
}
`;

const result = generateTypes(loadIdl(unitModel(SHAPES, { input: "RunInput", errors: ["Missing"] })));

describe("types target: declarations", () => {
  it("writes an enum as an as-const object and an open union type", () => {
    expect(bodyOf(result, "src/models/region.ts")).toBe(`/**
 * The **region** of a resource, see {@link https://example.com/regions | the list}.
 *
 * Known values of a string enum.
 *
 * Smithy shape \`example.unit#Region\`.
 */
export const Region = {
  /** The first. */
  US_EAST_1: "us-east-1",
  /** @deprecated Closed. */
  EU_WEST_1: "eu-west-1",
} as const;

/**
 * A value of {@link Region}: one of its known values, or a string this version of the client does not know yet.
 */
export type Region = (typeof Region)[keyof typeof Region] | (string & {});
`);
  });

  it("writes an intEnum with numbers and a type open to other numbers", () => {
    const body = bodyOf(result, "src/models/level.ts");
    expect(body).toContain("export const Level = {\n  LOW: 1,\n  HIGH: 10,\n} as const;");
    expect(body).toContain("export type Level = (typeof Level)[keyof typeof Level] | (number & {});");
  });

  it("writes a union as tagged member interfaces with an $unknown arm", () => {
    expect(bodyOf(result, "src/models/source.ts")).toBe(`/**
 * Either a name or an image.
 *
 * Exactly one member is set.
 *
 * Smithy shape \`example.unit#Source\`.
 */
export type Source =
  | Source.NameMember
  | Source.ImageMember
  | Source.NothingMember
  | Source.$UnknownMember;

/** The members of {@link Source}. */
export declare namespace Source {
  /** A name. */
  interface NameMember {
    name: string;
    image?: never;
    nothing?: never;
    $unknown?: never;
  }

  interface ImageMember {
    name?: never;
    image: Uint8Array;
    nothing?: never;
    $unknown?: never;
  }

  interface NothingMember {
    name?: never;
    image?: never;
    nothing: Record<string, never>;
    $unknown?: never;
  }

  /** A member this version of the client does not know: its name and its value as sent by the service. */
  interface $UnknownMember {
    name?: never;
    image?: never;
    nothing?: never;
    $unknown: [string, unknown];
  }
}
`);
  });

  it("writes a structure: @required members non-optional, defaults, deprecation and sensitivity in TSDoc, sparse collections nullable", () => {
    const text = fileOf(result, "src/models/run-input.ts");
    expect(text).toContain('import type { DocumentType } from "@smithy/types";');
    expect(text).toContain('import type { Level } from "./level.js";');
    expect(bodyOf(result, "src/models/run-input.ts")).toBe(`/** Smithy shape \`example.unit#RunInput\`. */
export interface RunInput {
  /** The id, \`required\`. */
  id: string;
  /**
   * Left out, it takes its default: a response always reads with it set, and a request is sent with
   * it, unless it is a member of the operation's input itself (the service applies those defaults).
   *
   * @defaultValue \`10\`
   */
  limit?: number | undefined;
  tags?: (string | null)[] | undefined;
  labels?: Record<string, number | null> | undefined;
  /** @deprecated Deprecated since 2020. */
  old?: Date | undefined;
  /** Sensitive (\`@sensitive\`): keep this value out of logs and error messages. */
  secret?: string | undefined;
  eventually?: string | undefined;
  source?: Source | undefined;
  region?: Region | undefined;
  level?: Level | undefined;
  nested?: (string | null)[][] | undefined;
  document?: DocumentType | undefined;
  big?: bigint | undefined;
}
`);
  });

  it("writes a modelled error as a class of the service's exception, with the official SDK's constructor options", () => {
    const text = fileOf(result, "src/errors/missing.ts");
    expect(text).toContain('import type { ExceptionOptionType } from "@smithy/core/client";');
    expect(text).toContain('import { UnitServiceException } from "./unit-service-exception.js";');
    expect(bodyOf(result, "src/errors/missing.ts")).toBe(`/**
 * Not there.
 *
 * Smithy shape \`example.unit#Missing\`.
 */
export class Missing extends UnitServiceException {
  static override readonly shapeId: string = "example.unit#Missing";
  declare readonly name: "Missing";
  declare readonly $fault: "client";
  override readonly $retryable = { throttling: true };
  declare resource?: string | undefined;

  /**
   * Creates the error from its modelled members, the response's \`$metadata\` and, when the service sent one,
   * its \`message\`.
   */
  constructor(options: Omit<ExceptionOptionType<Missing, UnitServiceException>, "message"> & { message?: string | undefined }) {
    super({ ...options, name: "Missing", $fault: "client" });
    this.resource = options.resource;
  }
}
`);
  });

  it("writes $retryable as the official SDK does: { throttling: true } for a throttling error, else {}", () => {
    const errors = `
@error("server")
@retryable
structure Conflict {}

@error("client")
@retryable(throttling: false)
structure Busy {}

@error("client")
structure Final {}
`;
    const generated = generateTypes(loadIdl(unitModel(errors, { input: "Unit", errors: ["Conflict", "Busy", "Final"] })));
    expect(bodyOf(generated, "src/errors/conflict.ts")).toContain("  override readonly $retryable = {};\n");
    expect(bodyOf(generated, "src/errors/busy.ts")).toContain("  override readonly $retryable = {};\n");
    expect(bodyOf(generated, "src/errors/final.ts")).not.toContain("$retryable");
  });

  it("writes the service exception base class extending ServiceException of @smithy/core/client", () => {
    const text = fileOf(result, "src/errors/unit-service-exception.ts");
    expect(text).toContain('import { ServiceException } from "@smithy/core/client";');
    expect(text).toContain("export class UnitServiceException extends ServiceException {");
    expect(text).toContain('static override readonly shapeId: string = "example.unit#UnitServiceException";');
  });

  it("exports every declaration by name, sorted, pure types with export type", () => {
    expect(bodyOf(result, "src/index.ts")).toBe(`export { Level } from "./models/level.js";
export { Missing } from "./errors/missing.js";
export { Region } from "./models/region.js";
export type { RunInput } from "./models/run-input.js";
export type { Source } from "./models/source.js";
export { UnitServiceException } from "./errors/unit-service-exception.js";
`);
  });

  it("generates nothing for shapes the service does not reach", () => {
    expect(result.files.some((f) => f.path.includes("unreachable"))).toBe(false);
  });

  it("depends on @smithy/core, @smithy/types for documents and the arbitraries runtime, with fast-check an optional peer behind ./arbitraries", () => {
    const manifest = JSON.parse(fileOf(result, "package.json"));
    expect(manifest.dependencies).toEqual({ "@smithy-gen/arbitraries": "workspace:^", "@smithy/core": "^3.41.0", "@smithy/types": "^4.12.0" });
    expect(manifest.peerDependencies).toEqual({ "fast-check": "^4.3.0" });
    expect(manifest.peerDependenciesMeta).toEqual({ "fast-check": { optional: true } });
    expect(Object.keys(manifest.exports)).toEqual([".", "./arbitraries", "./package.json"]);
    expect(manifest.exports["./arbitraries"].import.default).toBe("./dist/esm/arbitraries.js");
  });

  it("does not depend on @smithy/types when the model has no documents", () => {
    const plain = generateTypes(loadIdl(unitModel("structure In { a: String }", { input: "In" })));
    expect(JSON.parse(fileOf(plain, "package.json")).dependencies).toEqual({ "@smithy-gen/arbitraries": "workspace:^", "@smithy/core": "^3.41.0" });
  });

  it("treats a string with the Smithy 1.0 @enum trait as an enum, keyed by name or else by value", () => {
    const model = load({
      "model.smithy": unitModel("structure In { size: Size }", { input: "In" }),
      "size.smithy": `$version: "1.0"
namespace example.unit
@enum([{ value: "t2.micro", name: "T2_MICRO", documentation: "Small." }, { value: "m5 large", deprecated: true }])
string Size
`,
    }).model;
    const body = bodyOf(generateTypes(model), "src/models/size.ts");
    expect(body).toContain('export const Size = {\n  /** Small. */\n  T2_MICRO: "t2.micro",\n  /** @deprecated */\n  "m5 large": "m5 large",\n} as const;');
    expect(body).toContain("export type Size = (typeof Size)[keyof typeof Size] | (string & {});");
  });

  it("regenerates the same bytes from the same model, and from the model loaded again", () => {
    const text = unitModel(SHAPES, { input: "RunInput", errors: ["Missing"] });
    const again = generateTypes(loadIdl(text));
    expect(again.files).toEqual(result.files);
  });
});

describe("types target: names", () => {
  const names = generateTypes(
    loadIdl(
      unitModel(
        `
structure Object {
    constructor: String
    toString: String
    then: String
    __proto__: String
    default: String
    record: Record
}

structure Record {
    date: Date
}

structure Date {
    at: Timestamp
    symbol: Symbol
}

enum Symbol {
    __proto__ = "__proto__"
    constructor = "constructor"
    SPACED = "with space"
}

@error("server")
structure Error {
    name: String
    stack: String
    message: String
    Message: String
}
`,
        { input: "Object", output: "Record", errors: ["Error"] },
      ),
    ),
  );

  it("prefixes shape names that shadow globals with _, in types and files' declarations", () => {
    const body = bodyOf(names, "src/models/object.ts");
    expect(body).toContain("export interface _Object {");
    expect(body).toContain("record?: _Record | undefined;");
    expect(bodyOf(names, "src/models/record.ts")).toContain("date?: _Date | undefined;");
    expect(bodyOf(names, "src/models/date.ts")).toContain("at?: Date | undefined;");
  });

  it("renames members named after Object.prototype properties, quotes __proto__, keeps then and default", () => {
    const body = bodyOf(names, "src/models/object.ts");
    expect(body).toContain(
      "   * The model's member `constructor`, renamed because every object already has a `constructor` property.\n   */\n  constructor_?: string | undefined;",
    );
    expect(body).toContain("toString_?: string | undefined;");
    expect(body).toContain("then?: string | undefined;");
    expect(body).toContain('["__proto__"]?: string | undefined;');
    expect(body).toContain("default?: string | undefined;");
  });

  it("writes enum keys that are own properties even for __proto__", () => {
    expect(bodyOf(names, "src/models/symbol.ts")).toContain(
      '  ["__proto__"]: "__proto__",\n  constructor: "constructor",\n  SPACED: "with space",',
    );
  });

  it("renames error members that every error already has, and keeps message as the exception's message", () => {
    const body = bodyOf(names, "src/errors/error.ts");
    expect(body).toContain("export class _Error extends UnitServiceException {");
    expect(body).toContain('declare readonly name: "Error";');
    expect(body).toContain("name_?: string | undefined;");
    expect(body).toContain("stack_?: string | undefined;");
    expect(body).toContain("Message?: string | undefined;");
    expect(body).not.toMatch(/^\s+message\?/m);
    expect(body).toContain("this.name_ = options.name_;");
    expect(body).toContain("this.Message = options.Message;");
  });

  it("reports a member whose renamed property another member already uses", () => {
    const model = loadIdl(unitModel("structure In {\n  toString: String\n  toString_: String\n}", { input: "In" }));
    expect(() => generateTypes(model)).toThrow(/the member `toString` would become the property `toString_`, which another member already uses/);
  });

  it("reports a shape that would take the name of the service exception base class", () => {
    const model = loadIdl(unitModel('@error("client")\nstructure UnitServiceException {}', { input: "Unit", errors: ["UnitServiceException"] }));
    let error: unknown;
    try {
      generateTypes(model);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).message).toMatch(/example\.unit#UnitServiceException and the service exception base class would both generate the export `UnitServiceException`/);
    expect((error as ModelError).diagnostics[0]!.location?.file).toBe("model.smithy");
  });
});
