import { getTrait, type MemberShape, type Model, type ShapeId } from "@smithy-gen/codegen";

/**
 * Writes a modelled TypeScript value as an awsJson service writes it on the wire, walking the
 * model (never the generated serializers, so that a bug there cannot hide itself): members under
 * their member names, timestamps as epoch seconds (or their `@timestampFormat`), blobs as
 * base64, non-finite floats as "NaN" / "Infinity" / "-Infinity", a union's `$unknown: [name,
 * value]` as the member it stands for, documents as they are.
 */
export function toWireJson(model: Model, target: ShapeId, value: unknown, member?: MemberShape): unknown {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const shape = model.expectShape(target);
  switch (shape.type) {
    case "structure": {
      const out: Record<string, unknown> = {};
      for (const child of shape.members.values()) {
        // Own properties only: an error instance without a message inherits Error's "", which no service sends.
        const property = propertyOf(child);
        const item = Object.prototype.hasOwnProperty.call(value, property) ? (value as Record<string, unknown>)[property] : undefined;
        if (item !== undefined) out[child.name] = toWireJson(model, child.target, item, child);
      }
      return out;
    }
    case "union": {
      const record = value as Record<string, unknown>;
      if (Array.isArray(record.$unknown)) {
        const [name, item] = record.$unknown as [string, unknown];
        // A union member is never null on the wire (Smithy allows null only in sparse lists and maps).
        return { [name]: item ?? {} };
      }
      const entries = Object.entries(record).filter(([, item]) => item !== undefined);
      if (entries.length !== 1) throw new Error(`${shape.id}: a union value needs exactly one member, got ${entries.length}`);
      const [name, item] = entries[0]!;
      const child = shape.members.get(name);
      if (!child) throw new Error(`${shape.id} has no member ${name}`);
      return { [name]: toWireJson(model, child.target, item, child) };
    }
    case "list":
    case "set":
      return (value as unknown[]).map((item) => (item === null ? null : toWireJson(model, shape.member.target, item, shape.member)));
    case "map":
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, item === null ? null : toWireJson(model, shape.value.target, item, shape.value)]),
      );
    case "timestamp":
      return writeTimestamp(value as Date, timestampFormat(member, shape.traits));
    case "blob":
      return Buffer.from(value as Uint8Array).toString("base64");
    case "float":
    case "double": {
      const number = value as number;
      if (Number.isNaN(number)) return "NaN";
      if (number === Infinity) return "Infinity";
      if (number === -Infinity) return "-Infinity";
      return number;
    }
    case "bigInteger":
    case "bigDecimal":
      throw new Error(`${shape.id}: ${shape.type} values need a JSON writer that keeps their digits; the harness has none`);
    default:
      // string, enum, boolean, integers, intEnum, document: JSON as they are.
      return value;
  }
}

/** The property a member has in TypeScript; the harness refuses the few the types package renames. */
function propertyOf(member: MemberShape): string {
  if (RENAMED.has(member.name)) throw new Error(`${member.id}: a member the types package renames; the harness does not map it`);
  return member.name;
}

const RENAMED = new Set(["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__proto__"]);

type TimestampFormat = "epoch-seconds" | "date-time" | "http-date";

function timestampFormat(member: MemberShape | undefined, targetTraits: Record<string, unknown>): TimestampFormat {
  const format = (member && getTrait(member, "smithy.api#timestampFormat")) ?? targetTraits["smithy.api#timestampFormat"];
  return format === "date-time" || format === "http-date" ? format : "epoch-seconds";
}

function writeTimestamp(date: Date, format: TimestampFormat): unknown {
  switch (format) {
    case "date-time":
      return date.toISOString();
    case "http-date":
      return date.toUTCString();
    default:
      return date.getTime() / 1000;
  }
}
