import type { PackageBuilder } from "../../core/generated-package.js";
import { documentationOf } from "../../core/symbols.js";
import { docToTsdoc } from "../../core/tsdoc.js";
import type { TargetContext } from "../../core/target.js";
import { hasTrait } from "../../model/model.js";
import { UNIT, type OperationShape } from "../../model/shapes.js";

/** Whether every member of the operation's input is optional, so that the argument can be left out. */
function inputIsOptional(context: TargetContext, operation: OperationShape): boolean {
  const id = context.index.inputOf(operation);
  if (id === UNIT) return true;
  const input = context.model.getShape(id);
  if (!input || input.type !== "structure") return true;
  return [...input.members.values()].every((member) => !hasTrait(member, "smithy.api#required"));
}

/**
 * `src/<service>.ts`: the aggregated client, one method per operation, with the official SDK's
 * overloads (promise, callback, options and callback). It imports every command, so it is the
 * convenient choice, not the small one.
 */
export function writeAggregateFile(context: TargetContext, pkg: PackageBuilder): void {
  const { symbols, index } = context;
  const home = symbols.aggregateClientHome();
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  file.declare("commands");
  const clientClass = file.value(symbols.symbol(symbols.clientHome(), "client"));
  const options = file.type({ name: "HttpHandlerOptions", from: "@smithy/types" });
  const createAggregatedClient = file.value({ name: "createAggregatedClient", from: "@smithy/core/client" });

  file.block("const commands = {", () => {
    for (const operation of index.operations) file.line(`${file.value(symbols.symbol(symbols.commandHome(operation), "client"))},`);
  }, "};");
  file.line();
  file.block(`export interface ${home.name} {`, () => {
    for (const [position, operation] of index.operations.entries()) {
      if (position > 0) file.line();
      const command = symbols.commandHome(operation).name;
      const method = symbols.methodName(operation);
      const input = file.type(symbols.symbol(symbols.commandInputHome(operation), "client"));
      const output = file.type(symbols.symbol(symbols.commandOutputHome(operation), "client"));
      const summary = docToTsdoc(documentationOf(operation)).slice(0, 1);
      file.doc([...summary, ...(summary.length ? [""] : []), `See {@link ${command}}.`, ...(hasTrait(operation, "smithy.api#deprecated") ? ["@deprecated"] : [])]);
      if (inputIsOptional(context, operation)) file.line(`${method}(): Promise<${output}>;`);
      file.line(`${method}(args: ${input}, options?: ${options}): Promise<${output}>;`);
      file.line(`${method}(args: ${input}, cb: (err: unknown, data?: ${output}) => void): void;`);
      file.line(`${method}(args: ${input}, options: ${options}, cb: (err: unknown, data?: ${output}) => void): void;`);
    }
  });
  file.line();
  file.doc([
    `Every ${symbols.serviceName} operation as a method: \`await client.${index.operations[0] ? symbols.methodName(index.operations[0]) : "operation"}(input)\`.`,
    `Prefer {@link ${symbols.clientHome().name}} with commands where bundle size matters.`,
    "",
    `Service: \`${index.service.id}\``,
  ]);
  file.line(`export class ${home.name} extends ${clientClass} {}`);
  file.line();
  file.line(`${createAggregatedClient}(commands, ${home.name});`);
}
