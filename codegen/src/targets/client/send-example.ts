import type { TargetContext } from "../../core/target.js";
import type { OperationShape } from "../../model/shapes.js";
import { importStatements, printExample } from "../examples/example-literal.js";
import { inputExample } from "../examples/example-operation.js";

/**
 * The lines of a TypeScript module that creates the client and sends `operation`'s command with
 * an input that fills every member the input type requires, for the command's `@example` and the
 * README. Every such block must type-check as it is (a test and the conformance sweep compile them).
 */
export function sendExampleLines(context: TargetContext, operation: OperationShape): string[] {
  const { symbols } = context;
  const client = symbols.clientHome().name;
  const command = symbols.commandHome(operation).name;
  const send = `const output = await client.send(new ${command}(`;
  const input = printExample(inputExample(context, operation), { column: send.length, suffix: "));" });
  return [
    `import { ${client}, ${command} } from "${symbols.packageName("client")}";`,
    ...importStatements(input.imports),
    "",
    `const client = new ${client}({ region: "us-east-1" });`,
    // One entry per line: the TSDoc printer prefixes each with ` * `.
    ...`${send}${input.text}));`.split("\n"),
  ];
}

/** The same call through the aggregated client, whose methods take the input directly. */
export function aggregateExampleLines(context: TargetContext, operation: OperationShape): string[] {
  const { symbols } = context;
  const aggregate = symbols.aggregateClientHome().name;
  const call = `const output = await client.${symbols.methodName(operation)}(`;
  const input = printExample(inputExample(context, operation), { column: call.length, suffix: ");" });
  return [
    `import { ${aggregate} } from "${symbols.packageName("client")}";`,
    ...importStatements(input.imports),
    "",
    `const client = new ${aggregate}({ region: "us-east-1" });`,
    ...`${call}${input.text});`.split("\n"),
  ];
}
