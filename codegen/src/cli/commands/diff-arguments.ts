import { isChangeSeverity, type ChangeSeverity } from "../../diff/change.js";
import { UsageError } from "../command.js";

/** The command line of `smithy-gen diff`, parsed. */
export interface DiffArguments {
  readonly oldPaths: readonly string[];
  readonly newPaths: readonly string[];
  readonly service?: string;
  readonly json: boolean;
  /** The directory to write the changeset to; undefined when `--changeset` is absent. */
  readonly changesetDir?: string;
  readonly failOn?: ChangeSeverity;
}

export const DEFAULT_CHANGESET_DIR = ".changeset";

/**
 * `<old> <new>`, or `--old <path>... --new <path>...` when a side needs several paths, plus
 * `--service <id>`, `--json`, `--changeset [dir]` and `--fail-on <severity>`. `--changeset`
 * takes the next argument as its directory only when that leaves exactly the two model
 * positionals (or none, with `--old`/`--new`); `--changeset=<dir>` is always unambiguous.
 */
export function parseDiffArguments(args: readonly string[]): DiffArguments {
  const oldPaths: string[] = [];
  const newPaths: string[] = [];
  const positionals: string[] = [];
  let collecting: string[] | undefined;
  let service: string | undefined;
  let json = false;
  let changeset = false;
  let changesetDir: string | undefined;
  let changesetCandidate: number | undefined;
  let failOn: ChangeSeverity | undefined;
  let sawSides = false;
  let onlyPositionals = false;

  const valueOf = (name: string, inline: string | undefined, index: number): [string, number] => {
    if (inline !== undefined) return [inline, index];
    const next = args[index + 1];
    if (next === undefined || next.startsWith("-")) throw new UsageError(`option --${name} needs a value`);
    return [next, index + 1];
  };

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      (collecting ?? positionals).push(arg);
      if (collecting === undefined && changesetCandidate === undefined && changeset && changesetDir === undefined && args[i - 1] === "--changeset") {
        changesetCandidate = positionals.length - 1;
      }
      continue;
    }
    collecting = undefined;
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    switch (name) {
      case "old":
      case "new": {
        if (inline !== undefined) throw new UsageError(`option --${name} takes its paths as separate arguments`);
        collecting = name === "old" ? oldPaths : newPaths;
        sawSides = true;
        break;
      }
      case "service":
        [service, i] = valueOf(name, inline, i);
        break;
      case "json":
        if (inline !== undefined) throw new UsageError("option --json takes no value");
        json = true;
        break;
      case "changeset":
        changeset = true;
        if (inline !== undefined) {
          if (!inline) throw new UsageError("option --changeset= needs a directory");
          changesetDir = inline;
        }
        break;
      case "fail-on": {
        let value: string;
        [value, i] = valueOf(name, inline, i);
        if (!isChangeSeverity(value)) throw new UsageError(`option --fail-on takes breaking, feature or patch, not \`${value}\``);
        failOn = value;
        break;
      }
      default:
        throw new UsageError(`unknown option \`${arg}\``);
    }
  }

  const expected = sawSides ? 0 : 2;
  if (changesetCandidate !== undefined && positionals.length === expected + 1) {
    changesetDir = positionals.splice(changesetCandidate, 1)[0];
  }
  if (sawSides) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument \`${positionals[0]}\` next to --old/--new`);
    if (oldPaths.length === 0 || newPaths.length === 0) throw new UsageError("--old and --new each need at least one path");
  } else {
    if (positionals.length !== 2) throw new UsageError(`expected an old and a new model, got ${positionals.length} path${positionals.length === 1 ? "" : "s"}`);
    oldPaths.push(positionals[0]!);
    newPaths.push(positionals[1]!);
  }
  return {
    oldPaths,
    newPaths,
    ...(service !== undefined ? { service } : {}),
    json,
    ...(changeset ? { changesetDir: changesetDir ?? DEFAULT_CHANGESET_DIR } : {}),
    ...(failOn !== undefined ? { failOn } : {}),
  };
}
