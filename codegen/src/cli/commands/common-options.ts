import type { OptionSpec } from "../options.js";

/** `-q, --quiet`, the same for every command that reports warnings. */
export const QUIET_OPTION: OptionSpec = {
  name: "quiet",
  short: "q",
  kind: "flag",
  description: "print no warnings (errors are always printed)",
  default: "off (warnings go to stderr, the same warning about many shapes as one line)",
};
