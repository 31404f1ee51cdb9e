import { describe, expect, it } from "vitest";
import {
  escapeDeclarationName,
  kebabCase,
  lowerFirst,
  propertyAccess,
  propertyKey,
  splitWords,
  stringLiteral,
  upperFirst,
} from "../../src/core/naming.js";

describe("naming: case conversions", () => {
  it("splits PascalCase, acronyms, digits and separators into words", () => {
    expect(splitWords("GetExportSnapshotRecords")).toEqual(["Get", "Export", "Snapshot", "Records"]);
    expect(splitWords("ARNPrefix")).toEqual(["ARN", "Prefix"]);
    expect(splitWords("S3Bucket")).toEqual(["S3", "Bucket"]);
    expect(splitWords("foo_bar-baz qux")).toEqual(["foo", "bar", "baz", "qux"]);
  });

  it("makes kebab-case file names", () => {
    expect(kebabCase("ExportSnapshotRecord")).toBe("export-snapshot-record");
    expect(kebabCase("CreateGUISessionAccessDetails")).toBe("create-gui-session-access-details");
    expect(kebabCase("Uint8Array")).toBe("uint8-array");
    expect(kebabCase("__proto__")).toBe("proto");
  });

  it("changes the case of the first character only", () => {
    expect(upperFirst("getThing")).toBe("GetThing");
    expect(lowerFirst("GetThing")).toBe("getThing");
    expect(upperFirst("")).toBe("");
  });
});

describe("naming: escapes", () => {
  it("prefixes reserved words and shadowed globals with _, and leaves other names alone", () => {
    for (const name of ["Object", "Record", "Date", "Error", "String", "Promise", "Uint8Array", "string", "boolean", "default", "class"]) {
      expect(escapeDeclarationName(name)).toBe(`_${name}`);
    }
    for (const name of ["ServiceException", "Client", "Command", "integer", "Objects"]) expect(escapeDeclarationName(name)).toBe(name);
  });

  it("quotes property keys that are not identifiers, and computes __proto__", () => {
    expect(propertyKey("name")).toBe("name");
    expect(propertyKey("$unknown")).toBe("$unknown");
    expect(propertyKey("with space")).toBe('"with space"');
    expect(propertyKey("dash-ed")).toBe('"dash-ed"');
    expect(propertyKey("__proto__")).toBe('["__proto__"]');
    expect(propertyKey("constructor")).toBe("constructor");
  });

  it("writes property access with a dot only for identifiers", () => {
    expect(propertyAccess("value", "name")).toBe("value.name");
    expect(propertyAccess("value", "x-y")).toBe('value["x-y"]');
  });

  it("writes string literals that survive quotes, backslashes, line breaks and template syntax", () => {
    for (const text of ['quote"s', "back\\slash", "line\nbreak", "${template}", "ünï ✓", "\u2028"]) {
      expect(new Function(`return ${stringLiteral(text)};`)()).toBe(text);
    }
  });

  // In an object literal a bare or quoted "__proto__" sets the prototype; only the computed
  // ["__proto__"] key defines a property.
  it("makes keys that define own properties in object literals, even __proto__", () => {
    const object = new Function(`return { ${propertyKey("__proto__")}: { polluted: true } };`)() as object;
    expect(Object.prototype.hasOwnProperty.call(object, "__proto__")).toBe(true);
  });
});
