import { describeLocation, type Diagnostic, type SourceLocation } from "../model/diagnostics.js";
import { nodeEquals, type NodeObject } from "../model/node.js";
import type { MetadataEntry } from "./contribution.js";
import { setOwn } from "./from-idl.js";

/**
 * Merges the metadata of every file the way Smithy does: the first file to set a key defines
 * it; a later array value for the same key is appended; an equal value is fine; any other value
 * is a conflict.
 */
export function mergeMetadata(entries: Iterable<MetadataEntry>, diagnostics: Diagnostic[]): NodeObject {
  const merged: NodeObject = {};
  const firstLocation = new Map<string, SourceLocation>();
  for (const entry of entries) {
    if (!Object.prototype.hasOwnProperty.call(merged, entry.key)) {
      setOwn(merged, entry.key, entry.value);
      firstLocation.set(entry.key, entry.location);
      continue;
    }
    const previous = merged[entry.key]!;
    if (Array.isArray(previous) && Array.isArray(entry.value)) {
      merged[entry.key] = [...previous, ...entry.value];
    } else if (!nodeEquals(previous, entry.value)) {
      diagnostics.push({
        severity: "error",
        code: "Model",
        location: entry.location,
        message: `Metadata conflict for key \`${entry.key}\`. Defined in both ${describeLocation(firstLocation.get(entry.key))} and ${describeLocation(entry.location)}`,
      });
    }
  }
  return merged;
}
