/**
 * Integers beyond 2^53 keep their exact value through the loader (IDL and JSON AST), `ast`,
 * validation and the JSON text the tools print.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCommand } from "../../src/cli/commands/generate.js";
import { modelToJsonAst } from "../../src/model/json-ast.js";
import { nodeToJson, parseNodeJson } from "../../src/model/node-json.js";
import { nodeEquals, type NodeObject, type NodeValue } from "../../src/model/node.js";
import { load, loadErrors } from "../support/load.js";

const MAX = "9223372036854775807";
const MIN = "-9223372036854775808";

const IDL = `$version: "2.0"
namespace com.example

@range(min: ${MIN}, max: ${MAX})
long Big

structure Holder {
    big: Big = ${MAX}
    huge: BigInteger = 123456789012345678901234567890
}
`;

const JSON_AST = `{
  "smithy": "2.0",
  "shapes": {
    "com.example#Big": { "type": "long", "traits": { "smithy.api#range": { "min": ${MIN}, "max": ${MAX} } } },
    "com.example#Holder": {
      "type": "structure",
      "members": {
        "big": { "target": "com.example#Big", "traits": { "smithy.api#default": ${MAX} } },
        "huge": { "target": "smithy.api#BigInteger", "traits": { "smithy.api#default": 123456789012345678901234567890 } }
      }
    }
  }
}`;

const astText = (files: Record<string, string>): string => nodeToJson(modelToJsonAst(load(files).model), 2);

describe("big integers", () => {
  it("JSON text: unsafe integers become bigints, everything else is JSON.parse's", () => {
    const value = parseNodeJson(`{"a": ${MAX}, "b": ${MIN}, "c": 9007199254740991, "d": 1.5e300, "e": "12345678901234567890", "f": [1, -0]}`) as NodeObject;
    expect(value.a).toBe(BigInt(MAX));
    expect(value.b).toBe(BigInt(MIN));
    expect(value.c).toBe(9007199254740991);
    expect(value.d).toBe(1.5e300);
    expect(value.e).toBe("12345678901234567890");
    expect(nodeToJson(value)).toBe(`{"a":${MAX},"b":${MIN},"c":9007199254740991,"d":1.5e+300,"e":"12345678901234567890","f":[1,0]}`);
  });

  it("nodeToJson lays out text as JSON.stringify does", () => {
    const value: NodeValue = { a: [1, { b: null, c: [] }, {}], "d\"": true, e: "x\ny" };
    expect(nodeToJson(value, 2)).toBe(JSON.stringify(value, null, 2));
    expect(nodeToJson(value)).toBe(JSON.stringify(value));
  });

  it("a __proto__ key stays an own key", () => {
    const value = parseNodeJson(`{"__proto__": {"x": 12345678901234567890}}`) as NodeObject;
    expect(Object.keys(value)).toEqual(["__proto__"]);
  });

  it("IDL and JSON AST load to the same exact values", () => {
    const fromIdl = astText({ "a.smithy": IDL });
    const fromJson = astText({ "a.json": JSON_AST });
    expect(fromIdl).toBe(fromJson);
    expect(fromIdl).toContain(`"max": ${MAX}`);
    expect(fromIdl).toContain(`"min": ${MIN}`);
    expect(fromIdl).toContain(`"smithy.api#default": 123456789012345678901234567890`);
    const shapes = (modelToJsonAst(load({ "a.smithy": IDL }).model).shapes as NodeObject)["com.example#Big"] as NodeObject;
    expect(nodeEquals((shapes.traits as NodeObject)["smithy.api#range"], { min: BigInt(MIN), max: BigInt(MAX) })).toBe(true);
  });

  it("range and default checks compare big values exactly", () => {
    const model = (range: string, value: string) =>
      `$version: "2.0"\nnamespace com.example\n@range(${range})\nlong Big\n@trait\nstructure limit { a: Big }\n@limit(a: ${value})\nstring S\n`;
    expect(() => load({ "a.smithy": model(`max: ${MAX}`, MAX) })).not.toThrow();
    expect(loadErrors({ "a.smithy": model("min: 9223372036854775806", "9223372036854775805") }).map((d) => d.message).join("\n")).toContain(
      "9223372036854775805 is less than the @range minimum 9223372036854775806",
    );
    expect(loadErrors({ "a.smithy": model(`max: 9223372036854775806`, MAX) }).map((d) => d.message).join("\n")).toContain(
      `${MAX} is more than the @range maximum 9223372036854775806`,
    );
    const defaults = loadErrors({ "a.smithy": `$version: "2.0"\nnamespace com.example\nstructure S {\n  a: Long = 9223372036854775808\n}\n` });
    expect(defaults.map((d) => d.message).join("\n")).toContain("invalid @default value 9223372036854775808: expected a long between -9223372036854775808 and 9223372036854775807");
});

  it("the generator takes them: TSDoc shows the exact default, nothing throws", async () => {
    const dir = mkdtempSync(join(tmpdir(), "smithy-gen-big-"));
    try {
      writeFileSync(
        join(dir, "big.smithy"),
        `$version: "2.0"\nnamespace com.example\nuse aws.protocols#awsJson1_1\nuse aws.api#service\n@awsJson1_1\n@service(sdkId: "Big")\n` +
          `service BigService { version: "1", operations: [Op] }\noperation Op { input: OpInput }\n@input\nstructure OpInput {\n` +
          `  big: Big = ${MAX}\n  huge: BigInteger = 123456789012345678901234567890\n  @length(max: ${MAX})\n  text: String\n}\n` +
          `@range(min: ${MIN}, max: ${MAX})\nlong Big\n`,
      );
      let output = "";
      const io = { stdout: (t: string) => void (output += t), stderr: (t: string) => void (output += t) };
      expect(await generateCommand.run(["--model", join(dir, "big.smithy"), "--out", join(dir, "out")], io), output).toBe(0);
      const input = readFileSync(join(dir, "out", "big-types", "src", "models", "op-input.ts"), "utf8");
      expect(input).toContain(`@defaultValue \`${MAX}\``);
      expect(input).toContain("@defaultValue `123456789012345678901234567890`");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
