import { loadModel } from "../../assembly/load.js";
import { createServiceIndex, selectService } from "../../knowledge/service-index.js";
import { findTokenPagination, PAGE_TOKEN_NAMES, paginatedApplyStatements } from "../../knowledge/token-pagination.js";
import { ModelError } from "../../model/diagnostics.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type Command } from "../command.js";
import { parseCommandLine, type OptionSpec } from "../options.js";
import { reportDiagnostics } from "../report.js";
import { QUIET_OPTION } from "./common-options.js";

const OPTIONS: readonly OptionSpec[] = [
  {
    name: "service",
    kind: "value",
    argument: "<shape id>",
    description: "the service whose operations are examined",
    default: "the model's only service",
  },
  {
    name: "input-token",
    kind: "value",
    argument: "<member>",
    description: "the input member that carries the token of the page to fetch",
    default: PAGE_TOKEN_NAMES.inputToken,
  },
  {
    name: "output-token",
    kind: "value",
    argument: "<member>",
    description: "the output member that carries the token of the next page",
    default: PAGE_TOKEN_NAMES.outputToken,
  },
  QUIET_OPTION,
];

/**
 * `smithy-gen find-paginated`: the operations that page by token without `@paginated`, printed
 * as the `apply` statements that mark them, for a model's additions file.
 */
export const findPaginatedCommand: Command = {
  name: "find-paginated",
  summary: "find operations that page by token without @paginated and print the apply statements that mark them",
  description:
    "Loads the model and finds the operations of the service that have a string input member <input-token>, a " +
    "string output member <output-token> and exactly one list or map member in the output (the items), but no " +
    "@paginated trait. Prints an `apply <operation> @paginated(...)` statement for each on stdout, ready for a " +
    "model's additions.smithy, and on stderr each operation that has one token member or the other but does not " +
    "qualify, with the reason. Exit code 1 when the model is invalid.",
  arguments: "<path>...",
  options: OPTIONS,
  examples: [
    "smithy-gen find-paginated ../shared/models/aws/lightsail-2016-11-28.json",
    "smithy-gen find-paginated --input-token NextToken --output-token NextToken model/",
  ],
  async run(args, io) {
    const options = parseCommandLine(args, OPTIONS);
    if (options.positionals.length === 0) throw new UsageError("expected at least one model file or directory");
    const quiet = options.has("quiet");
    try {
      const result = loadModel(options.positionals);
      reportDiagnostics(io, "find-paginated", result.warnings, { quiet });
      const service = selectService(result.model, options.value("service"));
      const findings = findTokenPagination(createServiceIndex(result.model, service), {
        inputToken: options.value("input-token") ?? PAGE_TOKEN_NAMES.inputToken,
        outputToken: options.value("output-token") ?? PAGE_TOKEN_NAMES.outputToken,
      });
      const namespace = service.id.split("#")[0]!;
      io.stdout(paginatedApplyStatements(findings.found, namespace));
      if (!quiet) {
        const lines = [
          `${findings.found.length} operation${findings.found.length === 1 ? "" : "s"} to mark @paginated` +
            (findings.alreadyPaginated.length ? `; ${findings.alreadyPaginated.length} already are` : "") + ".",
          ...findings.rejected.map((entry) => `not paginated: ${entry.operation}: ${entry.reason}`),
        ];
        io.stderr(lines.join("\n") + "\n");
      }
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      reportDiagnostics(io, "find-paginated", error.diagnostics, { quiet });
      return EXIT_INVALID_INPUT;
    }
  },
};
