import { propertyAccess, propertyKey, stringLiteral } from "../../core/naming.js";
import type { TsFile } from "../../core/ts-file.js";
import { getTrait, hasTrait } from "../../model/model.js";
import type { ShapeId } from "../../model/shape-id.js";
import type { ListShape, MapShape, MembersShape, MemberShape, Shape } from "../../model/shapes.js";
import { defaultValueExpression, hasFilledDefault } from "../default-values.js";
import type { ProtocolGeneratorContext } from "../protocol.js";
import type { JsonReadHelper, JsonRuntime, JsonWriteHelper } from "./json-runtime.js";

export type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

/** How a JSON-based protocol maps shapes to JSON documents. */
export interface JsonCodecSettings {
  /** awsJson1_0/1_1 ignore `@jsonName`; restJson1 honours it. */
  readonly useJsonName: boolean;
  /** The format of timestamps without `@timestampFormat`. */
  readonly defaultTimestampFormat: TimestampFormat;
  /** Whether `@timestampFormat` applies (JSON protocols); rpcv2Cbor sends every timestamp as a tag 1 of epoch seconds. */
  readonly honourTimestampFormat?: boolean;
  /** How documentation names the body: `JSON`, `CBOR`. */
  readonly bodyName?: string;
}

/**
 * Where a value sits in its container, for the `path`/`key` arguments of the helpers: a
 * structure member (its name is a literal), a list element (`index`) or a map value (`key`).
 */
type Position =
  | { readonly kind: "member"; readonly wireName: string }
  | { readonly kind: "element"; readonly variable: string }
  | { readonly kind: "entry"; readonly variable: string };

/** Names of `Object.prototype` properties: reading such a member needs an own-property check. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** An object literal key; `__proto__` is computed so that it stays an own property. */
function objectKey(name: string): string {
  return name === "__proto__" ? `["__proto__"]` : propertyKey(name);
}

/**
 * The `JsonPath` of a nested value, `{ parent: path, key: "name" }` (or `key: index`): its text
 * is built only if a mismatch is thrown, not on every call.
 */
function childPath(position: Position): string {
  return `{ parent: path, key: ${keyArgument(position)} }`;
}

function keyArgument(position: Position): string {
  return position.kind === "member" ? stringLiteral(position.wireName) : position.variable;
}

/**
 * Writes the JSON shape converters of one protocol: dense, one function per structure, union,
 * list and map, building plain objects with only the keys that are present.
 */
export function createJsonCodec(context: ProtocolGeneratorContext, runtime: JsonRuntime, settings: JsonCodecSettings) {
  const model = context.target.model;
  const names = context.names;
  const bodyName = settings.bodyName ?? "JSON";
  const symbols = context.target.symbols;

  const wireName = (member: MemberShape): string => {
    if (!settings.useJsonName) return member.name;
    const jsonName = getTrait(member, "smithy.api#jsonName");
    return typeof jsonName === "string" ? jsonName : member.name;
  };

  const timestampFormat = (member: MemberShape, target: Shape): TimestampFormat => {
    if (settings.honourTimestampFormat === false) return settings.defaultTimestampFormat;
    const format = getTrait(member, "smithy.api#timestampFormat") ?? getTrait(target, "smithy.api#timestampFormat");
    return format === "date-time" || format === "http-date" || format === "epoch-seconds" ? format : settings.defaultTimestampFormat;
  };

  const isSparse = (shape: Shape): boolean => hasTrait(shape, "smithy.api#sparse");

  const { index } = context.target;
  /** Structures that are some operation's input. */
  const operationInputs: ReadonlySet<ShapeId> = new Set(index.operations.map((operation) => index.inputOf(operation)));

  /**
   * A structure member that is \`null\` is absent, whatever its type, in both directions: a
   * \`null\` document member is neither written nor read (the awsJson protocols do not serialize
   * null structure values; the official SDK skips them both ways). A document's \`null\` is a value
   * only as a list element or map value, and inside a document, whose content is free JSON.
   */
  const isDocument = (member: MemberShape): boolean => model.getShape(member.target)?.type === "document";
  const presence = (access: string): string => `${access} != null`;
  const nullRule = (shape: ListShape | MapShape, what: string): string => {
    if (isDocument(shape.type === "map" ? shape.value : shape.member)) return `Its ${what} are documents: \`null\` ones are kept.`;
    return isSparse(shape) ? `It is sparse: \`null\` ${what} are kept.` : `\`null\` ${what} are dropped.`;
  };

  const readHelper = (member: MemberShape, target: Shape): JsonReadHelper | undefined => {
    switch (target.type) {
      case "string":
      case "enum":
        return "readString";
      case "boolean":
        return "readBoolean";
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "intEnum":
        return "readInteger";
      case "float":
      case "double":
        return "readFloat";
      case "bigInteger":
        return "readBigInteger";
      case "bigDecimal":
        return "readBigDecimal";
      case "blob":
        return "readBlob";
      case "timestamp": {
        const format = timestampFormat(member, target);
        return format === "date-time" ? "readDateTime" : format === "http-date" ? "readHttpDate" : "readEpochSeconds";
      }
      default:
        return undefined;
    }
  };

  const writeHelper = (member: MemberShape, target: Shape): JsonWriteHelper | undefined => {
    const read = readHelper(member, target);
    return read ? (read.replace(/^read/, "write") as JsonWriteHelper) : undefined;
  };

  const isUnit = (target: Shape): boolean => target.type === "structure" && hasTrait(target, "smithy.api#unitType");

  /** The expression that reads `value` (known not to be null) as the member's type. */
  const readValue = (file: TsFile, member: MemberShape, value: string, position: Position): string => {
    const target = model.expectShape(member.target, member.location);
    if (isUnit(target)) return `(${file.value(runtime.read("readObject"))}(${value}, ${childPath(position)}), {})`;
    if (target.type === "document") return `${file.value(runtime.read("readDocument"))}(${value})`;
    const helper = readHelper(member, target);
    if (helper) return `${file.value(runtime.read(helper))}(${value}, path, ${keyArgument(position)})`;
    return `${file.value(names.deserializer(target.id))}(${value}, ${childPath(position)})`;
  };

  /** The expression that writes `value` (known not to be null) as JSON. */
  const writeValue = (file: TsFile, member: MemberShape, value: string, position: Position): string => {
    const target = model.expectShape(member.target, member.location);
    if (isUnit(target)) return `(${file.value(runtime.write("writeObject"))}(${value}, ${childPath(position)}), {})`;
    if (target.type === "document") return `${file.value(runtime.write("writeDocument"))}(${value})`;
    const helper = writeHelper(member, target);
    if (helper) return `${file.value(runtime.write(helper))}(${value}, path, ${keyArgument(position)})`;
    return `${file.value(names.serializer(target.id))}(${value}, ${childPath(position)})`;
  };

  const docLines = (verb: string, shape: Shape): string[] => [`${verb} ${describeShape(shape)} (\`${shape.id}\`).`];
  const describeShape = (shape: Shape): string => {
    const name = symbols.shapeName(shape.id);
    switch (shape.type) {
      case "list":
      case "set":
        return `the list \`${name}\``;
      case "map":
        return `the map \`${name}\``;
      case "union":
        return `the union \`${name}\``;
      default:
        return `\`${name}\``;
    }
  };

  /**
   * Assigns a property. A `__proto__` key must not set the prototype, and TypeScript types
   * `json.constructor` & co as the `Object` members, so those go through `setEntry`. `typed`: the
   * object is a generated interface, which has no index signature for `setEntry`'s record.
   */
  const assign = (file: TsFile, object: string, key: string, value: string, typed = false): string =>
    PROTOTYPE_NAMES.has(key)
      ? `${file.value(runtime.read("setEntry"))}(${typed ? `${object} as unknown as Record<string, unknown>` : object}, ${stringLiteral(key)}, ${value});`
      : `${propertyAccess(object, key)} = ${value};`;

  const codec = {
    /** `deserializeX(json, path)` of a structure (not an error), union, list or map. */
    writeDeserializer(file: TsFile, shape: Shape): void {
      const fn = names.deserializer(shape.id);
      file.declare(fn.name);
      switch (shape.type) {
        case "structure":
          return writeStructureDeserializer(file, shape as MembersShape, fn.name);
        case "union":
          return writeUnionDeserializer(file, shape as MembersShape, fn.name);
        case "list":
        case "set":
          return writeListDeserializer(file, shape, fn.name);
        case "map":
          return writeMapDeserializer(file, shape, fn.name);
        default:
          throw new Error(`generator bug: no JSON deserializer for ${shape.type} ${shape.id}`);
      }
    },

    /** `serializeX(value, path)` of a structure (errors too, for tests and mock servers), union, list or map. */
    writeSerializer(file: TsFile, shape: Shape): void {
      const fn = names.serializer(shape.id);
      file.declare(fn.name);
      switch (shape.type) {
        case "structure":
          return writeStructureSerializer(file, shape as MembersShape, fn.name);
        case "union":
          return writeUnionSerializer(file, shape as MembersShape, fn.name);
        case "list":
        case "set":
          return writeListSerializer(file, shape, fn.name);
        case "map":
          return writeMapSerializer(file, shape, fn.name);
        default:
          throw new Error(`generator bug: no JSON serializer for ${shape.type} ${shape.id}`);
      }
    },

    /**
     * The member reads of a structure into `out` from the JSON object `object`, one line per
     * member. Also used by error deserializers, whose `out` is the exception's options; a member
     * named in `checkOnly` is only checked (read, its value dropped): the caller sets it otherwise.
     */
    writeMemberReads(file: TsFile, shape: MembersShape, out: string, checkOnly: ReadonlySet<string> = new Set()): void {
      const readOwn = (f: TsFile): string => f.value(runtime.read("readOwnMember"));
      for (const member of shape.members.values()) {
        const key = wireName(member);
        const access = PROTOTYPE_NAMES.has(key) ? `${readOwn(file)}(object, ${stringLiteral(key)})` : propertyAccess("object", key);
        const value = readValue(file, member, access, { kind: "member", wireName: key });
        if (checkOnly.has(member.name)) {
          file.line(`if (${presence(access)}) ${value};`);
          continue;
        }
        const property = context.propertyName(shape, member);
        const missing = defaultValueExpression(file, model, member) ?? zeroValue(member);
        file.line(
          missing === undefined
            ? `if (${presence(access)}) ${assign(file, out, property, value, true)}`
            : assign(file, out, property, `${presence(access)} ? ${value} : ${missing}`, true),
        );
      }
    },

    /**
     * What a deserializer's TSDoc says about members the JSON leaves out, when any of them is
     * filled in: with its `@default`, or for a required member without one, its type's zero value.
     */
    missingMemberNotes(shape: MembersShape): string[] {
      const members = [...shape.members.values()];
      const notes: string[] = [];
      if (members.some((member) => hasFilledDefault(model, member))) {
        notes.push("A member the JSON leaves out takes its `@default`.");
      }
      if (members.some((member) => !hasFilledDefault(model, member) && zeroValue(member) !== undefined)) {
        notes.push("A required member without a default takes its type's zero value (Smithy's error correction).");
      }
      return notes;
    },

    /**
     * The members of a structure, when every one is an optional string (or string enum) read as it
     * comes: same property and wire name, no `@default`, not required, not a property every object
     * has. Such an error needs no deserializer of its own (`stringMembersError` of the runtime).
     */
    optionalStringMembers(shape: MembersShape): string[] | undefined {
      const names: string[] = [];
      for (const member of shape.members.values()) {
        const type = model.getShape(member.target)?.type;
        if (type !== "string" && type !== "enum") return undefined;
        if (wireName(member) !== member.name || context.propertyName(shape, member) !== member.name) return undefined;
        if (hasFilledDefault(model, member) || zeroValue(member) !== undefined) return undefined;
        names.push(member.name);
      }
      return names;
    },

    /**
     * `deserializeX(json, path, $metadata)` of an error shape: reads the body of an error response
     * into the exception (its message the body's `message`, else `Message`, else `UnknownError`).
     */
    writeErrorDeserializer(file: TsFile, shape: MembersShape): void {
      const fn = names.deserializer(shape.id);
      file.declare(fn.name);
      const type = context.typeOf(file, shape.id);
      const errorClass = file.value(symbols.symbol(symbols.typeHome(shape.id), "serde"));
      const stringMembers = codec.optionalStringMembers(shape);
      if (stringMembers) {
        // Most errors have only optional strings: the runtime's one deserializer serves them all.
        file.doc([
          `Reads the error \`${symbols.shapeName(shape.id)}\` (\`${shape.id}\`) from the ${bodyName} body of an error response:`,
          "its optional string members, its message (the body's `message`, else its `Message`, else `UnknownError`)",
          "and the response's `$metadata`.",
        ]);
        const members = `[${stringMembers.map((name) => stringLiteral(name)).join(", ")}]`;
        file.line(`export const ${fn.name} = /* @__PURE__ */ ${file.value(runtime.stringMembersError)}(${errorClass}, ${members});`);
        return;
      }
      const responseMetadata = file.type({ name: "ResponseMetadata", from: "@smithy/types" });
      file.doc([
        `Reads the error \`${symbols.shapeName(shape.id)}\` (\`${shape.id}\`) from the ${bodyName} body of an`,
        "error response. Its message is the body's `message`, else its `Message`, else `UnknownError`",
        "(an empty string counts as none, as in the official SDK); `$metadata` holds the response's",
        "status and request id.",
        ...codec.missingMemberNotes(shape),
      ]);
      // A `message` member is the exception's own message (`message` of ServiceException): it is
      // checked like any member, and set only by readErrorMessage, so that an empty one reads as none.
      const messageMember = [...shape.members.values()].find((member) => context.propertyName(shape, member) === "message");
      file.block(`export function ${fn.name}(json: unknown, path: ${file.type(runtime.jsonPath)}, $metadata: ${responseMetadata}): ${type} {`, () => {
        file.line(`const object = ${file.value(runtime.read("readObject"))}(json, path);`);
        const options = `ConstructorParameters<typeof ${type}>[0]`;
        file.line(`const options = { $metadata, message: ${file.value(runtime.read("readErrorMessage"))}(object) } as ${options};`);
        codec.writeMemberReads(file, shape, "options", new Set(messageMember ? [messageMember.name] : []));
        file.line(`return new ${errorClass}(options);`);
      });
    },

    wireName,
  };

  /**
   * The value a deserializer gives a required member without a \`@default\` that the response left
   * out: the zero value of its type (Smithy's error correction), so that the object still has every
   * member its type requires. Structures and unions are left out (they have no zero value that is
   * sure to be finite), as are big numbers.
   */
  function zeroValue(member: MemberShape): string | undefined {
    if (!hasTrait(member, "smithy.api#required") || hasTrait(member, "smithy.api#clientOptional")) return undefined;
    switch (model.expectShape(member.target, member.location).type) {
      case "string":
      case "enum":
        return '""';
      case "boolean":
        return "false";
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "float":
      case "double":
      case "intEnum":
        return "0";
      case "timestamp":
        return "new Date(0)";
      case "blob":
        return "new Uint8Array(0)";
      case "list":
      case "set":
        return "[]";
      case "map":
        return "{}";
      case "document":
        return "null";
      default:
        return undefined;
    }
  }

  function writeStructureDeserializer(file: TsFile, shape: MembersShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    file.doc([...docLines("Reads", shape), ...codec.missingMemberNotes(shape)]);
    file.block(`export function ${name}(json: unknown, path: ${file.type(runtime.jsonPath)}): ${type} {`, () => {
      if (shape.members.size === 0) {
        file.line(`${file.value(runtime.read("readObject"))}(json, path);`);
        file.line("return {};");
        return;
      }
      file.line(`const object = ${file.value(runtime.read("readObject"))}(json, path);`);
      file.line(`const out = {} as ${type};`);
      codec.writeMemberReads(file, shape, "out");
      file.line("return out;");
    });
  }

  function writeStructureSerializer(file: TsFile, shape: MembersShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    const writeObject = file.value(runtime.write("writeObject"));
    // Smithy: a client writes the defaults of members nested in its input, but not those of the
    // input's own members (the service applies them, and may change them). A structure that is an
    // input and also nested in one (none of the official AWS models has one) counts as an input.
    const topLevelInput = operationInputs.has(shape.id);
    const defaulted = [...shape.members.values()].some((member) => hasFilledDefault(model, member));
    const note = !defaulted
      ? []
      : topLevelInput
        ? ["A member left out is not written with its `@default`: this is an operation's input, whose", "defaults the service applies."]
        : ["A member left out is written with its `@default`."];
    file.doc([...docLines("Writes", shape), ...note]);
    file.block(`export function ${name}(value: ${type}, path: ${file.type(runtime.jsonPath)} = "$"): ${file.type(runtime.jsonObject)} {`, () => {
      file.line(`${writeObject}(value, path);`);
      file.line(`const json: ${file.type(runtime.jsonObject)} = {};`);
      for (const member of shape.members.values()) {
        const key = wireName(member);
        const position: Position = { kind: "member", wireName: key };
        const token = hasTrait(member, "smithy.api#idempotencyToken")
          ? `${file.value({ name: "generateIdempotencyToken", from: "@smithy/core/serde" })}()`
          : undefined;
        const fallback = topLevelInput ? undefined : defaultValueExpression(file, model, member);
        const withDefault = (access: string): string => `${access} ?? ${fallback}`;
        const write = (access: string): string =>
          token
            ? assign(file, "json", key, `${access} != null ? ${writeValue(file, member, access, position)} : ${token}`)
            : fallback !== undefined
              ? assign(file, "json", key, writeValue(file, member, withDefault(access), position))
              : `if (${presence(access)}) ${assign(file, "json", key, writeValue(file, member, access, position))}`;
        const property = context.propertyName(shape, member);
        if (!PROTOTYPE_NAMES.has(property)) {
          file.line(write(propertyAccess("value", property)));
          continue;
        }
        // `value.constructor` & co exist on every object: read only an own property.
        file.block("{", () => {
          const own = file.value(runtime.write("writeOwnMember"));
          file.line(`const member = ${own}(value, ${stringLiteral(property)}) as ${context.typeOf(file, member.target)} | undefined;`);
          file.line(write("member"));
        });
      }
      file.line("return json;");
    });
  }

  function writeUnionDeserializer(file: TsFile, shape: MembersShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    file.doc([
      ...docLines("Reads", shape),
      "A member this model does not know is kept as `$unknown: [name, value]`.",
    ]);
    file.block(`export function ${name}(json: unknown, path: ${file.type(runtime.jsonPath)}): ${type} {`, () => {
      file.line(`const [key, value] = ${file.value(runtime.read("readUnionMember"))}(json, path);`);
      file.block("switch (key) {", () => {
        for (const member of shape.members.values()) {
          const key = wireName(member);
          file.line(`case ${stringLiteral(key)}:`);
          file.line(`  return { ${objectKey(context.propertyName(shape, member))}: ${readValue(file, member, "value", { kind: "member", wireName: key })} };`);
        }
        file.line("default:");
        file.line(`  return { $unknown: [key, ${file.value(runtime.read("readDocument"))}(value)] };`);
      });
    });
  }

  function writeUnionSerializer(file: TsFile, shape: MembersShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    file.doc([...docLines("Writes", shape), "An `$unknown: [name, value]` member is written back as `{ name: value }`."]);
    file.block(`export function ${name}(value: ${type}, path: ${file.type(runtime.jsonPath)} = "$"): ${file.type(runtime.jsonObject)} {`, () => {
      file.block(`switch (${file.value(runtime.write("writeUnionMember"))}(value, path)) {`, () => {
        for (const member of shape.members.values()) {
          const key = wireName(member);
          const property = context.propertyName(shape, member);
          file.line(`case ${stringLiteral(property)}:`);
          const target = model.expectShape(member.target, member.location);
          const access = `${propertyAccess("value", property)}${hasJsonConverter(target) ? "!" : ""}`;
          file.line(`  return { ${objectKey(key)}: ${writeValue(file, member, access, { kind: "member", wireName: key })} };`);
        }
        file.line(`case "$unknown":`);
        file.line("  return { [value.$unknown![0]]: value.$unknown![1] };");
        file.line("default:");
        file.line(
          `  throw new ${file.value(runtime.shapeMismatchError)}(${file.value(runtime.pathText)}(path), ${stringLiteral(`a member of ${symbols.shapeName(shape.id)}`)}, "an unknown member");`,
        );
      });
    });
  }

  function writeListDeserializer(file: TsFile, shape: ListShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    const sparse = isSparse(shape);
    file.doc([...docLines("Reads", shape), nullRule(shape, "elements")]);
    file.block(`export function ${name}(json: unknown, path: ${file.type(runtime.jsonPath)}): ${type} {`, () => {
      file.line(`const array = ${file.value(runtime.read("readArray"))}(json, path);`);
      file.line(`const out: ${type} = [];`);
      file.block("for (let index = 0; index < array.length; index++) {", () => {
        file.line("const item = array[index];");
        const value = readValue(file, shape.member, "item", { kind: "element", variable: "index" });
        if (isDocument(shape.member)) file.line(`out.push(${value});`);
        else if (sparse) file.line(`out.push(item == null ? null : ${value});`);
        else file.line(`if (item != null) out.push(${value});`);
      });
      file.line("return out;");
    });
  }

  function writeListSerializer(file: TsFile, shape: ListShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    const sparse = isSparse(shape);
    file.doc([...docLines("Writes", shape), nullRule(shape, "elements")]);
    file.block(`export function ${name}(value: ${type}, path: ${file.type(runtime.jsonPath)} = "$"): unknown[] {`, () => {
      file.line(`${file.value(runtime.write("writeArray"))}(value, path);`);
      file.line("const json: unknown[] = [];");
      file.block("for (let index = 0; index < value.length; index++) {", () => {
        file.line("const item = value[index];");
        const written = writeValue(file, shape.member, "item", { kind: "element", variable: "index" });
        if (isDocument(shape.member)) file.line(`if (item !== undefined) json.push(${written});`);
        else if (sparse) file.line(`json.push(item == null ? null : ${written});`);
        else file.line(`if (item != null) json.push(${written});`);
      });
      file.line("return json;");
    });
  }

  function writeMapDeserializer(file: TsFile, shape: MapShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    const valueType = mapValueType(file, shape);
    const sparse = isSparse(shape);
    file.doc([...docLines("Reads", shape), nullRule(shape, "values")]);
    file.block(`export function ${name}(json: unknown, path: ${file.type(runtime.jsonPath)}): ${type} {`, () => {
      file.line(`const object = ${file.value(runtime.read("readObject"))}(json, path);`);
      file.line(`const out: Record<string, ${valueType}> = {};`);
      file.block("for (const key of Object.keys(object)) {", () => {
        file.line("const item = object[key];");
        const value = readValue(file, shape.value, "item", { kind: "entry", variable: "key" });
        const setEntry = file.value(runtime.read("setEntry"));
        if (isDocument(shape.value)) file.line(`${setEntry}(out, key, ${value});`);
        else if (sparse) file.line(`${setEntry}(out, key, item == null ? null : ${value});`);
        else file.line(`if (item != null) ${setEntry}(out, key, ${value});`);
      });
      file.line("return out;");
    });
  }

  function writeMapSerializer(file: TsFile, shape: MapShape, name: string): void {
    const type = context.typeOf(file, shape.id);
    const sparse = isSparse(shape);
    file.doc([...docLines("Writes", shape), nullRule(shape, "values")]);
    file.block(`export function ${name}(value: ${type}, path: ${file.type(runtime.jsonPath)} = "$"): ${file.type(runtime.jsonObject)} {`, () => {
      file.line(`${file.value(runtime.write("writeObject"))}(value, path);`);
      file.line(`const json: ${file.type(runtime.jsonObject)} = {};`);
      file.block("for (const [key, item] of Object.entries(value)) {", () => {
        const written = writeValue(file, shape.value, "item", { kind: "entry", variable: "key" });
        const setEntry = file.value(runtime.read("setEntry"));
        if (isDocument(shape.value)) file.line(`if (item !== undefined) ${setEntry}(json, key, ${written});`);
        else if (sparse) file.line(`${setEntry}(json, key, item == null ? null : ${written});`);
        else file.line(`if (item != null) ${setEntry}(json, key, ${written});`);
      });
      file.line("return json;");
    });
  }

  const mapValueType = (file: TsFile, shape: MapShape): string => {
    const value = context.typeOf(file, shape.value.target);
    return isSparse(shape) ? `${value} | null` : value;
  };

  return codec;
}

export type JsonCodec = ReturnType<typeof createJsonCodec>;

/** Whether the shape is one of those the JSON codec writes a converter function for. */
export function hasJsonConverter(shape: Shape): boolean {
  return (
    (shape.type === "structure" && !hasTrait(shape, "smithy.api#unitType")) ||
    shape.type === "union" ||
    shape.type === "list" ||
    shape.type === "set" ||
    shape.type === "map"
  );
}

export type { ShapeId };
