import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each case talks to a server on 127.0.0.1 and finishes in well under a second; the margin is
    // for a loaded CI machine, not for waiting.
    testTimeout: 15_000,
    // Hooks start servers and some build inputs through the client first (malformed-requests: 3,220 requests).
    hookTimeout: 60_000,
  },
});
