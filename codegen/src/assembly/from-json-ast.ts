import type { SourceLocation } from "../model/diagnostics.js";
import type { ModelFragment } from "../model/fragment.js";
import type { AppliedTrait, FileContribution, Origin, SmithyVersion } from "./contribution.js";

/** What a JSON AST file contributes. Its ids are already absolute; its traits are taken as written. */
export function jsonAstToContribution(
  fragment: ModelFragment,
  origin: Origin,
  locateMetadata: (key: string) => SourceLocation = () => ({ file: fragment.file, line: 1, column: 1 }),
): FileContribution {
  // 1.x files get the 1.0 semantics (upgraded during assembly); 2.x the 2.0 ones.
  const version: SmithyVersion = fragment.version.startsWith("1") ? "1.0" : "2.0";
  const applies: AppliedTrait[] = [];
  for (const apply of fragment.applies) {
    const location = apply.location ?? { file: fragment.file, line: 1, column: 1 };
    for (const [trait, value] of Object.entries(apply.traits)) {
      applies.push({ target: apply.target, trait, value, location, version, origin });
    }
  }
  const noElision = new Set<string>();
  return {
    file: fragment.file,
    version,
    origin,
    shapes: fragment.shapes.map((shape) => ({ shape, file: fragment.file, version, origin, elided: noElision })),
    applies,
    metadata: Object.entries(fragment.metadata).map(([key, value]) => ({ key, value, location: locateMetadata(key) })),
    diagnostics: [],
  };
}
