import type { PackageBuilder } from "../../../core/generated-package.js";
import type { TsSymbol } from "../../../core/ts-file.js";
import type { ProtocolGenerator, ProtocolTestSupport } from "../../../protocols/protocol.js";

export const SUPPORT_FILE = "test/support.ts";

/** The test helper that compares bigDecimal values by value (written as is into test/support.ts). */
const DECIMAL_KEY = [
  "/** A decimal as `0.<significant digits>e<point>`: the same for equal values however they are spelled. */",
  "function decimalKey(text: string): string {",
  "  const match = /^([-+]?)(\\d*)(?:\\.(\\d*))?(?:[eE]([-+]?\\d+))?$/.exec(text);",
  "  if (!match) return text;",
  '  const [, sign, whole = "", fraction = "", exponent = "0"] = match;',
  "  const digits = `${whole}${fraction}`;",
  '  const leading = digits.length - digits.replace(/^0+/, "").length;',
  '  const significant = digits.slice(leading).replace(/0+$/, "");',
  '  if (significant === "") return "0";',
  '  return `${sign === "-" ? "-" : ""}0.${significant}e${whole.length - leading + Number(exponent)}`;',
  "}",
].join("\n");

/** The helpers every generated test file uses: the protocol's wire helpers and fast-check settings. */
export interface TestSupport extends ProtocolTestSupport {
  /** `{ numRuns }`: `FC_NUM_RUNS` from the environment, or a modest default. */
  readonly fcParameters: TsSymbol;
  /** Call at the top of a test file: `0` and `-0` compare equal (JSON cannot tell them apart). */
  readonly configureTests: TsSymbol;
  /** The options tests pass to the types package's arbitraries. */
  readonly arbitraryOptions: TsSymbol;
  /** `(known: string[]) => Arbitrary<{ $unknown: [string, unknown] }>` */
  readonly unknownUnionMember: TsSymbol;
}

/** Writes `test/support.ts`. */
export function writeTestSupportFile(
  pkg: PackageBuilder,
  generator: ProtocolGenerator,
  arbitraryOptionsType: TsSymbol,
  options: { readonly bigDecimal: boolean },
): TestSupport {
  const file = pkg.tsFile(SUPPORT_FILE);
  const protocolSupport = generator.writeTestSupport(file);
  const expect = file.value({ name: "expect", from: "vitest" });
  const parameters = file.type({ name: "Parameters", from: "fast-check" });
  const arbitrary = file.type({ name: "Arbitrary", from: "fast-check" });
  const fc = (name: string): string => file.value({ name, from: "fast-check" });
  for (const name of ["DEFAULT_NUM_RUNS", "fcParameters", "arbitraryOptions", "configureTests", "unknownUnionMember", "decimalKey"]) file.declare(name);
  file.line();
  file.line(`/** Runs per property; set \`FC_NUM_RUNS\` for more. fast-check prints the seed of a failing run. */
const DEFAULT_NUM_RUNS = 25;

export const fcParameters: ${parameters}<unknown> = { numRuns: Number(process.env.FC_NUM_RUNS ?? DEFAULT_NUM_RUNS) };

/**
 * Values include enum values the model does not list (a newer service may send them). Recursive
 * shapes nest one level unless \`FC_MAX_DEPTH\` says more: each level multiplies a value's size.
 */
export const arbitraryOptions: ${file.type(arbitraryOptionsType)} = { unknownEnumValues: true, maxDepth: Number(process.env.FC_MAX_DEPTH ?? 1) };

/**
 * Call first in each test file. Makes \`toEqual\` treat \`0\` and \`-0\` as equal (JSON writes both as
 * \`0\`, so a round trip cannot keep the sign of a zero), and keeps generated lists, maps and strings
 * short (\`FC_BASE_SIZE\`, default \`xsmall\`): a big model's values are big enough as it is.
 */
export function configureTests(): void {
  ${fc("configureGlobal")}({ ...${fc("readConfigureGlobal")}(), baseSize: (process.env.FC_BASE_SIZE ?? "xsmall") as ${file.type({ name: "Size", from: "fast-check" })} });
  ${expect}.addEqualityTesters([
    (a: unknown, b: unknown) => (typeof a === "number" && typeof b === "number" ? a === b || (Number.isNaN(a) && Number.isNaN(b)) : undefined),${
      options.bigDecimal
        ? `
    // A JSON number keeps a decimal's value, not its spelling: 1.50 comes back as 1.5.
    (a: unknown, b: unknown) => (a instanceof ${file.value({ name: "NumericValue", from: "@smithy/core/serde" })} && b instanceof NumericValue ? decimalKey(a.string) === decimalKey(b.string) : undefined),`
        : ""
    }
  ]);
}${options.bigDecimal ? `\n\n${DECIMAL_KEY}` : ""}

/**
 * Union values whose member this client does not know, with a value that is not \`null\` (a
 * \`null\` member is no member at all). \`__type\` is left out: deserializers ignore that key.
 */
export function unknownUnionMember(known: readonly string[]): ${arbitrary}<{ $unknown: [string, unknown] }> {
  const name = ${fc("string")}({ minLength: 1 }).filter((candidate) => !known.includes(candidate) && candidate !== "__type");
  const value = ${fc("jsonValue")}().filter((candidate) => candidate !== null);
  return ${fc("tuple")}(name, value).map(([member, item]): { $unknown: [string, unknown] } => ({ $unknown: [member, item] }));
}`);
  return {
    ...protocolSupport,
    fcParameters: { name: "fcParameters", from: SUPPORT_FILE },
    configureTests: { name: "configureTests", from: SUPPORT_FILE },
    arbitraryOptions: { name: "arbitraryOptions", from: SUPPORT_FILE },
    unknownUnionMember: { name: "unknownUnionMember", from: SUPPORT_FILE },
  };
}
