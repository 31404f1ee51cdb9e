import type { PackageBuilder } from "../core/generated-package.js";
import type { TargetContext } from "../core/target.js";
import { serdeErrorClasses } from "../targets/serde/error-classes.js";
import type { ClientCustomization } from "./customization.js";

const PLUGIN = { name: "getPredictEndpointPlugin", from: "src/customizations/predict-endpoint.ts" } as const;
const TYPES = "@smithy/types";

/**
 * Amazon Machine Learning's `Predict` goes to the real-time endpoint of the ML model, which the
 * input names in `PredictEndpoint`, not to the service's endpoint (the AWS SDK's
 * `@aws-sdk/middleware-sdk-machinelearning`). That package is frozen at 3.523.0 on
 * `@smithy/types` 2, whose `Pluggable` does not type-check against the `@smithy/types` 4 stack
 * under `strict`, so the client gets the same few lines as a module of its own.
 */
export const machineLearningPredictEndpoint: ClientCustomization = {
  service: "com.amazonaws.machinelearning#AmazonML_20141212",
  summary: "Predict is sent to the host of the input's PredictEndpoint",
  commandPlugins: [{ operations: ["com.amazonaws.machinelearning#Predict"], factory: PLUGIN }],
  writeFiles: writePredictEndpointFile,
};

function writePredictEndpointFile(context: TargetContext, pkg: PackageBuilder): void {
  const file = pkg.tsFile(PLUGIN.from);
  file.declare(PLUGIN.name);
  file.declare("predictEndpointOf");
  const t = (name: string): string => file.type({ name, from: TYPES });
  const httpRequest = file.value({ name: "HttpRequest", from: "@smithy/core/protocols" });
  const serializationError = file.value({ name: serdeErrorClasses(context).serialization.name, from: context.symbols.packageName("serde") });
  file.doc([
    "Sends `Predict` to the endpoint its input names in `PredictEndpoint` (the ML model's real-time",
    "endpoint): that URL's protocol, host, port, path and query replace the service endpoint's, as",
    "the AWS SDK's `@aws-sdk/middleware-sdk-machinelearning` does. It runs in the build step, after",
    "the endpoint rules and before signing, so that the signature covers the new host.",
  ]);
  file.block(
    `export function getPredictEndpointPlugin<Input extends object, Output extends ${t("MetadataBearer")}>(config: { readonly urlParser: ${t("UrlParser")} }): ${t("Pluggable")}<Input, Output> {`,
    () => {
      file.line(`const middleware: ${t("BuildMiddleware")}<Input, Output> = (next) => async (args) => {`);
      file.indent(() => {
        file.line("const endpoint = (args.input as { PredictEndpoint?: unknown }).PredictEndpoint;");
        file.line(`if (!${httpRequest}.isInstance(args.request) || endpoint === undefined) return next(args);`);
        file.line("const url = predictEndpointOf(config.urlParser, endpoint);");
        file.line(`const request = new ${httpRequest}({ ...args.request, protocol: url.protocol, hostname: url.hostname, port: url.port, path: url.path, query: url.query ?? {} });`);
        file.line("return next({ ...args, request });");
      });
      file.line("};");
      file.block("return {", () => {
        file.line("applyToStack(stack) {");
        file.line('  stack.add(middleware, { step: "build", name: "predictEndpointMiddleware", override: true });');
        file.line("},");
      }, "};");
    },
  );
  file.line();
  file.doc(["The parsed `PredictEndpoint`, or a typed error naming the operation and the member when it is no absolute URL."]);
  file.block(`function predictEndpointOf(urlParser: ${t("UrlParser")}, endpoint: unknown): ${t("Endpoint")} {`, () => {
    file.block('if (typeof endpoint === "string") {', () => {
      file.block("try {", () => {
        file.line("const url = urlParser(endpoint);");
        file.line("if (url.hostname) return url;");
      }, "} catch {");
      file.indent(() => file.line("// Reported below with the value."));
      file.line("}");
    });
    file.line("const received = typeof endpoint === \"string\" ? `string ${JSON.stringify(endpoint)}` : typeof endpoint;");
    file.line(`throw new ${serializationError}({ operation: "Predict", path: "$.PredictEndpoint", expected: "an absolute URL, e.g. https://realtime.machinelearning.us-east-1.amazonaws.com", received });`);
  });
}
