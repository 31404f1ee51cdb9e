import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const generated = fileURLToPath(new URL("./.generated/", import.meta.url));
const codegenSource = fileURLToPath(new URL("../../codegen/src/index.ts", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // The generated packages import each other by name; they live in .generated/<dir>/src. The
      // runtime packages (`@smithy-gen/aws-client` and `@smithy-gen/aws-json-server` among them) resolve
      // from node_modules, built.
      // The server package's fake imports the types package's arbitraries.
      { find: /^@smithy-gen\/(.+-types)\/arbitraries$/, replacement: `${generated}$1/src/arbitraries.ts` },
      // A command loads its operation's serde by the serde package's `./operations/*` subpath (`./<protocol>/operations/*`
      // for a protocol the client speaks only when asked); the client re-exports `./errors`.
      { find: /^@smithy-gen\/([^/]+-serde)\/((?:[^/]+\/)?)operations\/(.+)$/, replacement: `${generated}$1/src/$2operations/$3.ts` },
      { find: /^@smithy-gen\/(.+-serde)\/errors$/, replacement: `${generated}$1/src/errors/index.ts` },
      { find: /^@smithy-gen\/(?!aws-client$|aws-json-server$)(.+-(?:types|serde|paginators|client|server))$/, replacement: `${generated}$1/src/index.ts` },
      // The generator runs from source, so that a change to it needs no build before this suite.
      { find: /^@smithy-gen\/codegen$/, replacement: codegenSource },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
