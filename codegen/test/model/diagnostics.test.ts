import { describe, expect, it } from "vitest";
import { describeLocation, formatDiagnostic } from "../../src/model/diagnostics.js";

describe("diagnostics", () => {
  const location = { file: "a.smithy", line: 3, column: 7 };

  it("print their real place, or none: never a made-up <unknown>:0:0", () => {
    expect(formatDiagnostic({ severity: "error", code: "Target", message: "bad", location })).toBe("a.smithy:3:7: bad");
    expect(formatDiagnostic({ severity: "warning", code: "Target", message: "odd", location })).toBe("a.smithy:3:7: warning: odd");
    expect(formatDiagnostic({ severity: "error", code: "Service", message: "no service x#Y in the model" })).toBe("no service x#Y in the model");
    expect(formatDiagnostic({ severity: "warning", code: "Endpoints", message: "unset" })).toBe("warning: unset");
  });

  it("name a place inside a sentence, or say there is none", () => {
    expect(describeLocation(location)).toBe("`a.smithy:3:7`");
    expect(describeLocation(undefined)).toBe("a definition without a source location");
  });
});
