import { loadModel } from "../../assembly/load.js";
import { ModelError } from "../../model/diagnostics.js";
import { modelToJsonAst } from "../../model/json-ast.js";
import { nodeToJson } from "../../model/node-json.js";
import { flattenMixins } from "../../transforms/flatten-mixins.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type Command } from "../command.js";
import { parseCommandLine, type OptionSpec } from "../options.js";
import { reportDiagnostics } from "../report.js";
import { QUIET_OPTION } from "./common-options.js";

const OPTIONS: readonly OptionSpec[] = [
  {
    name: "flatten",
    kind: "flag",
    description: "apply mixins: each shape gets its mixins' members and traits, and the mixin shapes are left out",
    default: "off (mixins stay as the model writes them)",
  },
  {
    name: "strict",
    kind: "flag",
    description: "treat warnings of the loader (such as an unknown trait) as errors",
    default: "off",
  },
  QUIET_OPTION,
];

/**
 * `smithy-gen ast`: loads the model and prints it as a JSON AST, without the prelude and the
 * bundled trait definitions (unless the given files define them), like `smithy ast` does.
 */
export const astCommand: Command = {
  name: "ast",
  summary: "print the assembled model as a Smithy JSON AST",
  description:
    "Loads the Smithy model of the given files and directories (IDL and JSON AST, read together) and prints it as one " +
    "JSON AST on stdout, without the prelude and the bundled trait definitions. Exit code 1 when the model is invalid.",
  arguments: "<path>...",
  options: OPTIONS,
  examples: ["smithy-gen ast model", "smithy-gen ast --flatten service.smithy operations.smithy"],
  async run(args, io) {
    const options = parseCommandLine(args, OPTIONS);
    if (options.positionals.length === 0) throw new UsageError("expected at least one model file or directory");
    let result;
    try {
      result = loadModel(options.positionals, { strict: options.has("strict") });
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      reportDiagnostics(io, "ast", error.diagnostics, { quiet: options.has("quiet") });
      return EXIT_INVALID_INPUT;
    }
    reportDiagnostics(io, "ast", result.warnings, { quiet: options.has("quiet") });
    const model = options.has("flatten") ? flattenMixins(result.model) : result.model;
    const ast = modelToJsonAst(model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) });
    io.stdout(`${nodeToJson(ast, 2)}\n`);
    return EXIT_OK;
  },
};
