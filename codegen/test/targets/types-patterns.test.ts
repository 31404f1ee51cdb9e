import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ecmaPattern, leadingLookahead, relaxPattern } from "../../src/targets/types/patterns.js";
import { AWS_MODELS_DIR } from "../support/paths.js";

/** Every distinct @pattern of the official AWS models (shape and member traits). */
function awsPatterns(): string[] {
  const patterns = new Set<string>();
  const visit = (traits: Record<string, unknown> | undefined): void => {
    const pattern = traits?.["smithy.api#pattern"];
    if (typeof pattern === "string") patterns.add(pattern);
  };
  for (const name of readdirSync(AWS_MODELS_DIR).filter((n) => n.endsWith(".json")).sort()) {
    const shapes = JSON.parse(readFileSync(join(AWS_MODELS_DIR, name), "utf8")).shapes as Record<string, { traits?: Record<string, unknown>; members?: Record<string, { traits?: Record<string, unknown> }> }>;
    for (const shape of Object.values(shapes)) {
      visit(shape.traits);
      for (const member of Object.values(shape.members ?? {})) visit(member.traits);
    }
  }
  return [...patterns].sort();
}

describe("patterns: @pattern as a JavaScript RegExp", () => {
  it("uses no flag when the pattern compiles without one, u for \\p{...}", () => {
    expect(ecmaPattern("^\\w[\\w\\-]*\\w$")).toEqual({ source: "^\\w[\\w\\-]*\\w$", flags: "" });
    expect(ecmaPattern("^[\\p{L}\\p{N}]+$")).toEqual({ source: "^[\\p{L}\\p{N}]+$", flags: "u" });
  });

  it("turns Java's leading inline flags into RegExp flags", () => {
    expect(ecmaPattern("^(?s).{1,20}$")).toEqual({ source: "^.{1,20}$", flags: "s" });
    // fast-check cannot generate case-insensitively: candidates come from the pattern without i.
    expect(ecmaPattern("^(?i)(true|false)$")).toEqual({ source: "^(true|false)$", flags: "i", relaxed: { source: "^(true|false)$", flags: "" } });
  });

  it("reads Java syntax ECMAScript rejects as Java does: dashes beside class escapes, possessive exact counts", () => {
    expect(ecmaPattern("^(?! )[\\p{L}\\p{N}\\p{Z}-_]*(?<! )$")).toMatchObject({ source: "^(?! )[\\p{L}\\p{N}\\p{Z}\\-_]*(?<! )$", flags: "u" });
    expect(ecmaPattern("^[0-9A-Z]{2}+$")).toEqual({ source: "^[0-9A-Z]{2}$", flags: "" });
  });

  it("gives up on a pattern nothing makes valid", () => {
    expect(ecmaPattern("^([a-z]*)${1,128}$")).toBeUndefined();
  });

  it("relaxes lookarounds (and a quantifier after them) and word boundaries for generation", () => {
    expect(ecmaPattern("^(?!-)[a-z0-9-]+$")).toEqual({ source: "^(?!-)[a-z0-9-]+$", flags: "", relaxed: { source: "^[a-z0-9-]+$", flags: "" } });
    expect(relaxPattern("a(?=b(c)[)])?d\\bx(?<!y)", false)).toEqual({ source: "adx", changed: true });
    expect(relaxPattern("(?<name>a)\\\\b", false)).toEqual({ source: "(?<name>a)\\\\b", changed: false });
    expect(relaxPattern("(a|b)(?<sep>-?)x\\2\\1", false)).toEqual({ source: "(a|b)(?<sep>-?)x(?:-?)(?:a|b)", changed: true });
  });

  it("also generates from a leading positive lookahead's own pattern, after the text before it", () => {
    expect(leadingLookahead("^arn:(?=[^:]+:fsx:)(a|b):.*$")).toBe("^arn:(?:[^:]+:fsx:)");
    expect(leadingLookahead("^(a(?=b))c$")).toBeUndefined();
    expect(ecmaPattern("^(?=.{1,8}$)(?!x)[a-z]+$")).toEqual({
      source: "^(?=.{1,8}$)(?!x)[a-z]+$",
      flags: "",
      relaxed: { source: "^[a-z]+$", flags: "" },
      lookaheadPrefix: { source: "^(?:.{1,8}$)", flags: "" },
    });
  });

  it("escapes a dash next to a class escape outside unicode mode, which fast-check cannot parse", () => {
    expect(relaxPattern("^[\\w- ]*$", false).source).toBe("^[\\w\\- ]*$");
    expect(relaxPattern("^[a-z-]$", false).source).toBe("^[a-z-]$");
    expect(ecmaPattern("^[\\w-_]*$")).toEqual({ source: "^[\\w-_]*$", flags: "", relaxed: { source: "^[\\w\\-_]*$", flags: "" } });
  });

  describe("on every pattern of the official AWS models", () => {
    const patterns = awsPatterns();

    it("finds a usable RegExp for all but a few Java-only patterns", () => {
      const unusable = patterns.filter((p) => ecmaPattern(p) === undefined);
      expect(patterns.length).toBeGreaterThan(1000);
      expect(unusable.length).toBeLessThan(10);
    });

    it("relaxes lookarounds into patterns that generate strings the original accepts", () => {
      const relaxed = patterns.map((p) => ecmaPattern(p)!).filter((p) => p?.relaxed !== undefined && /\(\?[=!<]|\\b/.test(p.source));
      expect(relaxed.length).toBeGreaterThan(20);
      const barren = relaxed.filter((pattern) => {
        const original = new RegExp(pattern.source, pattern.flags);
        const candidates: string[] = [];
        for (const source of [pattern.relaxed!, pattern.lookaheadPrefix].filter((p) => p !== undefined)) {
          try {
            candidates.push(...fc.sample(fc.stringMatching(new RegExp(`^(?:${source.source})$`, source.flags)), { numRuns: 50, seed: 42 }));
          } catch {
            // fast-check cannot parse it (back-references): the other source may do.
          }
        }
        return !candidates.some((text) => original.test(text));
      });
      // Should one ever be barren, its arbitrary fails with a clear error instead of hanging.
      expect(barren.map((p) => p.source)).toEqual([]);
    });
  });
});
