import type { PackageBuilder } from "../../core/generated-package.js";
import { isNodeObject, type NodeObject } from "../../model/node.js";
import type { ClientSymbols } from "./client-symbols.js";
import type { EndpointModel } from "./endpoint-model.js";
import { nodeLiteral } from "./node-literal.js";

/**
 * `test/endpoint-rules.test.ts`: every `smithy.rules#endpointTests` case of the model, checking the
 * resolved URL, headers and properties, or the exact error message.
 */
export function writeEndpointTestFile(pkg: PackageBuilder, names: ClientSymbols, endpoints: EndpointModel): void {
  if (endpoints.testCases.length === 0) return;
  const file = pkg.tsFile("test/endpoint-rules.test.ts");
  const describe = file.value({ name: "describe", from: "vitest" });
  const expect = file.value({ name: "expect", from: "vitest" });
  const it = file.value({ name: "it", from: "vitest" });
  const resolver = file.value(names.defaultEndpointResolver);
  const parametersType = file.type(names.endpointParameters);
  const required = endpoints.parameters.filter((parameter) => parameter.required && parameter.default === undefined).map((parameter) => parameter.name);

  file.doc(["The message a resolution fails with, or undefined when it succeeds."]);
  file.block(`function errorOf(params: ${parametersType}): string | undefined {`, () => {
    file.block("try {", () => {
      file.line(`${resolver}(params);`);
      file.line("return undefined;");
    }, "} catch (error) {");
    file.indent(() => file.line("return error instanceof Error ? error.message : String(error);"));
    file.line("}");
  });
  file.line();
  file.block(`${describe}("endpoint rules", () => {`, () => {
    for (const [position, testCase] of endpoints.testCases.entries()) {
      if (position > 0) file.line();
      const title = typeof testCase.documentation === "string" ? testCase.documentation : `case ${position + 1}`;
      const params = isNodeObject(testCase.params) ? testCase.params : {};
      const expectation = isNodeObject(testCase.expect) ? testCase.expect : {};
      const known = new Set(endpoints.parameters.map((parameter) => parameter.name));
      const given: NodeObject = Object.fromEntries(Object.entries(params).filter(([name]) => known.has(name)));
      const complete = required.every((name) => given[name] !== undefined);
      const paramsText = nodeLiteral(given);
      file.block(`${it}(${JSON.stringify(title)}, () => {`, () => {
        file.line(complete ? `const params: ${parametersType} = ${paramsText};` : `const params = ${paramsText} as ${parametersType};`);
        if (typeof expectation.error === "string") {
          file.line(`${expect}(errorOf(params)).toBe(${JSON.stringify(expectation.error)});`);
          return;
        }
        const endpoint = isNodeObject(expectation.endpoint) ? expectation.endpoint : {};
        file.line(`const endpoint = ${resolver}(params);`);
        if (typeof endpoint.url === "string") file.line(`${expect}(endpoint.url.href).toBe(new URL(${JSON.stringify(endpoint.url)}).href);`);
        const headers = isNodeObject(endpoint.headers) ? endpoint.headers : {};
        file.line(`${expect}(endpoint.headers ?? {}).toEqual(${nodeLiteral(headers)});`);
        const properties = isNodeObject(endpoint.properties) ? endpoint.properties : {};
        file.line(`${expect}(endpoint.properties ?? {}).toEqual(${nodeLiteral(properties)});`);
      }, "});");
    }
  }, "});");
}
