import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const generated = fileURLToPath(new URL("./.generated/", import.meta.url));
const codegenSource = fileURLToPath(new URL("../../codegen/src/index.ts", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // The differential suites' generated packages import each other by name; they live in .generated/<dir>/src.
      // The runtime packages (`@smithy-gen/aws-client` among them) resolve from node_modules, built.
      // The checked-in Lightsail packages (generated from model/) resolve from node_modules, built.
      { find: /^@smithy-gen\/(?!lightsail-)(.+-types)\/arbitraries$/, replacement: `${generated}$1/src/arbitraries.ts` },
      { find: /^@smithy-gen\/(?!lightsail-)(.+-serde)\/operations\/(.+)$/, replacement: `${generated}$1/src/operations/$2.ts` },
      { find: /^@smithy-gen\/(?!lightsail-)(.+-serde)\/errors$/, replacement: `${generated}$1/src/errors/index.ts` },
      { find: /^@smithy-gen\/(?!aws-client$|aws-json-server$|lightsail-)(.+-(?:types|serde|paginators|client|server))$/, replacement: `${generated}$1/src/index.ts` },
      // The generator runs from source, so that a change to it needs no build before these suites.
      { find: /^@smithy-gen\/codegen$/, replacement: codegenSource },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
