import { describe, expect, it } from "vitest";
import { reportDiagnostics } from "../../src/cli/report.js";
import type { Diagnostic } from "../../src/model/diagnostics.js";

function report(diagnostics: Diagnostic[], options: Parameters<typeof reportDiagnostics>[3] = {}): string {
  let err = "";
  reportDiagnostics({ stdout: () => undefined, stderr: (text) => void (err += text) }, "generate", diagnostics, options);
  return err;
}

const at = (line: number) => ({ file: "m.smithy", line, column: 5 });
const discovery = (id: string, line: number): Diagnostic => ({
  severity: "warning",
  code: "EndpointDiscovery",
  subject: id,
  message: `${id}: endpoint discovery is optional and not supported`,
  location: at(line),
});

describe("reportDiagnostics", () => {
  it("prints a lone finding with its location, or with the command when it has none", () => {
    expect(report([discovery("ex#Get", 3), { severity: "error", code: "Service", message: "no service x#Y in the model" }])).toBe(
      "smithy-gen generate: no service x#Y in the model\nm.smithy:3:5: warning: ex#Get: endpoint discovery is optional and not supported\n",
    );
  });

  it("groups the same warning about several shapes into one line with their count, kind and names", () => {
    const kinds: Record<string, string> = { "ex#Put": "operation", "ex#Get": "operation", "ex#List": "operation" };
    expect(report([discovery("ex#Put", 9), discovery("ex#Get", 3), discovery("ex#List", 6)], { kindOf: (id) => kinds[id] })).toBe(
      "smithy-gen generate: warning: endpoint discovery is optional and not supported (3 operations: Get, List, Put)\n",
    );
    // without kinds, or across namespaces, the names say less and more
    expect(report([discovery("ex#Get", 3), discovery("other#Get", 4)])).toBe(
      "smithy-gen generate: warning: endpoint discovery is optional and not supported (2 shapes: ex#Get, other#Get)\n",
    );
  });

  it("keeps the first place of the same warning at several places, and counts the others", () => {
    const unknownTrait = (line: number): Diagnostic => ({ severity: "warning", code: "UnknownTrait", message: "Unable to resolve trait `ex#custom`", location: at(line) });
    expect(report([unknownTrait(1), unknownTrait(2), unknownTrait(7)])).toBe("m.smithy:1:5: warning: Unable to resolve trait `ex#custom` (and 2 more places)\n");
  });

  it("never groups errors, and prints no warnings when quiet", () => {
    const error = (line: number): Diagnostic => ({ severity: "error", code: "Target", message: "member targets `ex#Nope`", location: at(line) });
    expect(report([error(1), discovery("ex#Get", 3), error(2)], { quiet: true })).toBe(
      "m.smithy:1:5: member targets `ex#Nope`\nm.smithy:2:5: member targets `ex#Nope`\n",
    );
  });
});
