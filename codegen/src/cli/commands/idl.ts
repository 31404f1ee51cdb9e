import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadModel } from "../../assembly/load.js";
import { modelToIdl, type IdlLayout } from "../../idl-writer/index.js";
import { ModelError } from "../../model/diagnostics.js";
import { flattenMixins } from "../../transforms/flatten-mixins.js";
import { EXIT_INVALID_INPUT, EXIT_OK, UsageError, type Command } from "../command.js";
import { parseCommandLine, type OptionSpec } from "../options.js";
import { reportDiagnostics } from "../report.js";
import { QUIET_OPTION } from "./common-options.js";

const LAYOUTS: readonly IdlLayout[] = ["namespace", "service"];

const OPTIONS: readonly OptionSpec[] = [
  {
    name: "out",
    kind: "value",
    argument: "<dir>",
    description: "write the IDL files into this directory (created if missing; files of other names are left alone)",
    default: "none: the IDL is printed on stdout, which takes a model that makes one file",
  },
  {
    name: "layout",
    kind: "value",
    argument: "<namespace|service>",
    description:
      "how the model is split into files: `namespace`, one <namespace>.smithy per namespace; `service`, the layout " +
      "model-update writes for review: service.smithy, endpoints.smithy, endpoint-tests.smithy, " +
      "operations/<operation>.smithy (with its input and output), errors.smithy, shapes.smithy",
    default: "namespace",
  },
  {
    name: "service",
    kind: "value",
    argument: "<shape id>",
    description: "the service `--layout service` is built around",
    default: "the model's only service",
  },
  {
    name: "flatten",
    kind: "flag",
    description: "apply mixins first: each shape gets its mixins' members and traits, and the mixin shapes are left out",
    default: "off (mixins stay as the model writes them: `with [...]`, and `apply` for traits on inherited members)",
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
 * `smithy-gen idl`: loads the model (IDL or JSON AST) and writes it as Smithy IDL 2.0, without
 * the prelude and the bundled trait definitions, like `ast` writes the JSON AST. Loading what it
 * writes gives the same model.
 */
export const idlCommand: Command = {
  name: "idl",
  summary: "write the assembled model as Smithy IDL 2.0 files",
  description:
    "Loads the Smithy model of the given files and directories (IDL and JSON AST, read together) and writes it as " +
    "IDL 2.0: namespace and use statements, traits in IDL syntax, documentation as /// comments, mixins, apply, text " +
    "blocks, = defaults and enum values, in a deterministic order. Loading the written files gives the same model. " +
    "Exit code 1 when the model is invalid.",
  arguments: "<path>...",
  options: OPTIONS,
  examples: [
    "smithy-gen idl ../shared/models/aws/lightsail-2016-11-28.json --out /tmp/lightsail-idl",
    "smithy-gen idl --layout service --out /tmp/lightsail model.json",
    "smithy-gen idl small-model.json > small-model.smithy",
  ],
  async run(args, io) {
    const options = parseCommandLine(args, OPTIONS);
    if (options.positionals.length === 0) throw new UsageError("expected at least one model file or directory");
    const layout = (options.value("layout") ?? "namespace") as IdlLayout;
    if (!LAYOUTS.includes(layout)) throw new UsageError(`--layout takes ${LAYOUTS.join(" or ")}, got ${JSON.stringify(layout)}`);
    const quiet = options.has("quiet");
    let result;
    try {
      result = loadModel(options.positionals, { strict: options.has("strict") });
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      reportDiagnostics(io, "idl", error.diagnostics, { quiet });
      return EXIT_INVALID_INPUT;
    }
    reportDiagnostics(io, "idl", result.warnings, { quiet });
    const model = options.has("flatten") ? flattenMixins(result.model) : result.model;
    const shapeFilter = (id: string) => !result.bundledShapeIds.has(id) && model.shapes.has(id);
    const service = options.value("service");
    if (layout === "service") {
      const services = model.shapesOfType("service").filter((s) => shapeFilter(s.id));
      if (service !== undefined && !services.some((s) => s.id === service)) {
        throw new UsageError(`no service ${service} in the model; it has: ${services.map((s) => s.id).join(", ") || "none"}`);
      }
      if (service === undefined && services.length !== 1) {
        throw new UsageError(`--layout service needs one service; the model has ${services.length}${services.length ? ` (${services.map((s) => s.id).join(", ")})` : ""}: choose one with --service`);
      }
    }
    const files = modelToIdl(model, { shapeFilter, layout, ...(service !== undefined ? { service } : {}) });
    const out = options.value("out");
    if (out === undefined) {
      if (files.length === 0) throw new UsageError("the model has no shapes or metadata to write");
      if (files.length !== 1) {
        throw new UsageError(`the model makes ${files.length} files (${files.map((f) => f.path).join(", ")}); write them with --out <dir>`);
      }
      io.stdout(files[0]!.text);
      return EXIT_OK;
    }
    const dir = resolve(out);
    let bytes = 0;
    for (const file of files) {
      const path = join(dir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.text);
      bytes += Buffer.byteLength(file.text);
    }
    io.stdout(`Wrote ${files.length} file${files.length === 1 ? "" : "s"} (${bytes} bytes) into ${out}/.\n`);
    return EXIT_OK;
  },
};
