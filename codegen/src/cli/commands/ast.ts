import { loadModel } from "../../assembly/load.js";
import { formatDiagnostic, ModelError } from "../../model/diagnostics.js";
import { modelToJsonAst } from "../../model/json-ast.js";
import { flattenMixins } from "../../transforms/flatten-mixins.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type Command } from "../command.js";
import { parseOptions } from "../parse-options.js";

/**
 * `smithy-gen ast`: loads the model and prints it as a JSON AST, without the prelude and the
 * bundled trait definitions (unless the given files define them), like `smithy ast` does.
 */
export const astCommand: Command = {
  name: "ast",
  summary: "print the assembled model as a Smithy JSON AST",
  usage: "smithy-gen ast [--flatten] [--strict] <path>...",
  async run(args, io) {
    const options = parseOptions(args, { flags: ["flatten", "strict"] });
    if (options.positionals.length === 0) throw new UsageError("expected at least one model file or directory");
    let result;
    try {
      result = loadModel(options.positionals, { strict: options.flags.has("strict") });
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      for (const diagnostic of error.diagnostics) io.stderr(`${formatDiagnostic(diagnostic)}\n`);
      return EXIT_INVALID_INPUT;
    }
    for (const warning of result.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
    const model = options.flags.has("flatten") ? flattenMixins(result.model) : result.model;
    const ast = modelToJsonAst(model, { shapeFilter: (id) => !result.bundledShapeIds.has(id) });
    io.stdout(`${JSON.stringify(ast, null, 2)}\n`);
    return EXIT_OK;
  },
};
