import type { PackageBuilder } from "../../core/generated-package.js";
import { propertyKey, stringLiteral } from "../../core/naming.js";
import { runtimeModule } from "../../core/runtime-symbols.js";
import type { TargetContext } from "../../core/target.js";
import { createPaginationIndex, type PaginatedOperation } from "../../knowledge/pagination.js";
import { hasTrait } from "../../model/model.js";
import type { MemberShape, MembersShape } from "../../model/shapes.js";
import { UNIT } from "../../model/shapes.js";
import { outputEventStream } from "../../protocols/features.js";
import type { SerdePlan } from "../serde/serde-plan.js";
import { constraintsOf } from "../types/constraints.js";
import { memberProperties } from "../types/member-names.js";

const server = runtimeModule("@smithy-gen/aws-json-server");

/**
 * `src/fake-<service>.ts`: `createFake<Service>(options?)`, a server that answers every operation
 * with the model's arbitraries (of the types package), deterministic for a seed, paging a stable
 * data set for `@paginated` operations whose token is a string and whose items are a list.
 */
export function writeFakeFile(context: TargetContext, pkg: PackageBuilder, plan: SerdePlan): void {
  const { symbols, index, model } = context;
  const home = symbols.createFakeHome();
  const file = pkg.tsFile(home.file);
  file.declare(home.name);
  file.declare("arbitraryOptions");
  const pagination = createPaginationIndex(index);
  const arbitrariesModule = `${symbols.packageName("types")}/arbitraries`;
  const arbitrary = (id: string) => file.value(symbols.symbol(symbols.arbitraryHome(id), "server"));
  const properties = (members: readonly MemberShape[]): string[] =>
    members.map((member) => {
      const container = model.expectShape(member.container) as MembersShape;
      return memberProperties(model, container).find((entry) => entry.member.name === member.name)?.property ?? member.name;
    });
  const path = (members: readonly MemberShape[]) => `[${properties(members).map(stringLiteral).join(", ")}]`;

  file.doc(["Only the values the model lists, two levels of recursive shapes."]);
  file.line(`const arbitraryOptions: ${file.type({ name: "ArbitraryOptions", from: arbitrariesModule })} = { maxDepth: 2 };`);
  file.line();
  const handlers = file.type(symbols.symbol(symbols.handlersHome(), "server"));
  file.doc([
    `A fake ${symbols.serviceName}: every operation answered with data drawn from the model's arbitraries (the types`,
    "package's `./arbitraries`), the same answer for the same seed and input. A paginated operation pages through a",
    "stable data set by its token; a token the fake did not give is answered with the operation's validation error.",
    "`options.handlers` answer their operations instead; the other options are the server's.",
  ]);
  const options = `${file.type(server("FakeOptions"))}<${handlers}>`;
  const serverType = file.type(server("AwsJsonServer"));
  const service = file.value(symbols.symbol(symbols.serverServiceHome(), "server"));
  file.block(`export function ${home.name}(options: ${options} = {}): ${serverType} {`, () => {
    file.line(`return ${file.value(server("createFakeAwsJsonServer"))}(`);
    file.indent(() => {
      file.line(`${service},`);
      file.block("{", () => {
        const sample = file.value({ name: "sample", from: "fast-check" });
        const arbitraryType = file.type({ name: "Arbitrary", from: "fast-check" });
        file.line(`draw: (arbitrary, seed) => ${sample}(arbitrary as ${arbitraryType}<unknown>, { seed, numRuns: 1 })[0],`);
        file.block("operations: {", () => {
          for (const operation of plan.supported) {
            const output = index.outputOf(operation);
            const paged = pagination.get(operation.id);
            const fields: string[] = [];
            if (output !== UNIT) fields.push(`output: () => ${arbitrary(output)}(arbitraryOptions),`);
            const input = index.inputOf(operation);
            if (input !== UNIT) {
              const tokens = [...(model.expectShape(input) as MembersShape).members.values()].filter((member) => hasTrait(member, "smithy.api#idempotencyToken"));
              if (tokens.length) fields.push(`idempotencyTokens: ${path(tokens)},`);
            }
            if (paged && output !== UNIT) fields.push(...pagingFields(context, paged, path, (id) => `() => ${arbitrary(id)}(arbitraryOptions)`));
            if (fields.length === 0) file.line(`${propertyKey(symbols.methodName(operation))}: {},`);
            else file.block(`${propertyKey(symbols.methodName(operation))}: {`, () => file.line(...fields), "},");
          }
          for (const operation of plan.eventStreams) {
            // A stream of up to five of the union's events (not its errors), replayed on every read.
            const stream = outputEventStream(model, operation)!;
            const fc = (name: string) => file.value({ name, from: "fast-check" });
            const arms = [...stream.union.members.values()]
              .filter((member) => !hasTrait(model.expectShape(member.target), "smithy.api#error"))
              .map((member) => `${arbitrary(member.target)}(arbitraryOptions).map((value) => ({ ${propertyKey(member.name)}: value }))`);
            const events = arms.length ? `${fc("array")}(${fc("oneof")}(${arms.join(", ")}), { maxLength: 5 })` : `${fc("constant")}([])`;
            const replayed = "(events) => ({ async *[Symbol.asyncIterator]() { yield* events; } })";
            file.line(`${propertyKey(symbols.methodName(operation))}: { output: () => ${fc("record")}({ ${propertyKey(stream.member.name)}: ${events}.map(${replayed}) }) },`);
          }
        }, "},");
      }, "},");
      file.line("options,");
    });
    file.line(");");
  });
}

/** `pages: {...}` of an operation the fake can page, else `lastPage: [...]` so that it never loops. */
function pagingFields(
  context: TargetContext,
  paged: PaginatedOperation,
  path: (members: readonly MemberShape[]) => string,
  itemList: (id: string) => string,
): string[] {
  const { model } = context;
  const tokenType = model.expectShape(paged.inputToken.target).type;
  const outputTokenType = model.expectShape(paged.outputToken[paged.outputToken.length - 1]!.target).type;
  const items = paged.items;
  const itemsShape = paged.itemsShape;
  if (tokenType !== "string" || outputTokenType !== "string" || !items || !itemsShape || (itemsShape.type !== "list" && itemsShape.type !== "set")) {
    return [`lastPage: ${path(paged.outputToken)},`];
  }
  const inputProperty = path([paged.inputToken]).slice(1, -1);
  const fields = [`inputToken: ${inputProperty}`];
  if (paged.pageSize) fields.push(`pageSize: ${path([paged.pageSize]).slice(1, -1)}`);
  fields.push(`outputToken: ${path(paged.outputToken)}`, `items: ${path(items)}`, `itemList: ${itemList(itemsShape.id)}`);
  const max = constraintsOf(itemsShape, items[items.length - 1]).length?.max;
  if (max !== undefined) fields.push(`maxItems: ${max}`);
  return [`pages: { ${fields.join(", ")} },`];
}
