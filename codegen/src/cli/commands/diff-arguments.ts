import { isChangeSeverity, type ChangeSeverity } from "../../diff/change.js";
import { UsageError } from "../command.js";
import { parseCommandLine, type OptionSpec } from "../options.js";
import { QUIET_OPTION } from "./common-options.js";

/** The command line of `smithy-gen diff`, parsed. */
export interface DiffArguments {
  readonly oldPaths: readonly string[];
  readonly newPaths: readonly string[];
  readonly service?: string;
  readonly json: boolean;
  /** The directory to write the changeset to; undefined when `--changeset` is absent. */
  readonly changesetDir?: string;
  readonly failOn?: ChangeSeverity;
  readonly quiet: boolean;
}

export const DEFAULT_CHANGESET_DIR = ".changeset";

export const DIFF_OPTIONS: readonly OptionSpec[] = [
  {
    name: "old",
    kind: "list",
    argument: "<path>",
    description: "the old model's files or directories, when it has several (with --new, instead of the two positional models)",
    default: "none (the first positional model)",
  },
  {
    name: "new",
    kind: "list",
    argument: "<path>",
    description: "the new model's files or directories, when it has several (with --old)",
    default: "none (the second positional model)",
  },
  {
    name: "service",
    kind: "value",
    argument: "<shape id>",
    description: "the service to compare when a model has several (the same id on both sides)",
    default: "the model's only service",
  },
  { name: "json", kind: "flag", description: 'print one JSON object {"changes": [...], "bumps": {...}} instead of text', default: "off (text)" },
  {
    name: "changeset",
    kind: "optional-value",
    argument: "<dir>",
    description:
      "write the changeset bumping the touched packages into <dir>; a bare --changeset takes the next argument as <dir> " +
      "only when two models remain besides it (--changeset=<dir> is never ambiguous)",
    default: `off; ${DEFAULT_CHANGESET_DIR} when given without <dir>`,
  },
  {
    name: "fail-on",
    kind: "value",
    argument: "breaking|feature|patch",
    description: "exit 1 when a change at least this severe exists",
    default: "none (exit 0 whatever the diff finds)",
  },
  QUIET_OPTION,
];

/**
 * `<old> <new>`, or `--old <path>... --new <path>...` when a side needs several paths, plus
 * the options of `DIFF_OPTIONS`. A bare `--changeset` takes the next argument as its directory
 * only when that leaves exactly the two model positionals (or none, with `--old`/`--new`).
 */
export function parseDiffArguments(args: readonly string[]): DiffArguments {
  const parsed = parseCommandLine(args, DIFF_OPTIONS);
  const positionals = [...parsed.positionals];
  const oldPaths = [...parsed.values("old")];
  const newPaths = [...parsed.values("new")];
  const sawSides = parsed.has("old") || parsed.has("new");
  let changesetDir = parsed.value("changeset");
  const candidate = parsed.candidate("changeset");
  if (parsed.has("changeset") && changesetDir === undefined && candidate !== undefined && positionals.length === (sawSides ? 0 : 2) + 1) {
    changesetDir = positionals.splice(candidate, 1)[0];
  }
  const failOn = parsed.value("fail-on");
  if (failOn !== undefined && !isChangeSeverity(failOn)) throw new UsageError(`option --fail-on takes breaking, feature or patch, not \`${failOn}\``);
  if (sawSides) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]}\` next to --old/--new`);
    if (oldPaths.length === 0 || newPaths.length === 0) throw new UsageError("--old and --new each need at least one path");
  } else {
    if (positionals.length !== 2) throw new UsageError(`expected an old and a new model, got ${positionals.length} path${positionals.length === 1 ? "" : "s"}`);
    oldPaths.push(positionals[0]!);
    newPaths.push(positionals[1]!);
  }
  const service = parsed.value("service");
  return {
    oldPaths,
    newPaths,
    ...(service !== undefined ? { service } : {}),
    json: parsed.has("json"),
    ...(parsed.has("changeset") ? { changesetDir: changesetDir ?? DEFAULT_CHANGESET_DIR } : {}),
    ...(failOn !== undefined ? { failOn: failOn as ChangeSeverity } : {}),
    quiet: parsed.has("quiet"),
  };
}
