import { beforeAll, describe, expect, it } from "vitest";
import { type Budget, type BudgetName, overBudgetReport, readBudget } from "../src/budget.js";
import { type BundleMeasure, type SplitMeasure, measureOneFile, measureSplit, packageOf } from "../src/measure.js";

/**
 * Issue 13: no change may silently grow what a user bundles. The one-command program (a client with
 * explicit credentials sending one call) is bundled with esbuild, minified, from the built packages,
 * and each figure must stay within budget.json. Bytes are deterministic for a lockfile; timings are
 * `pnpm bench`'s business, not a test's.
 */
let budget: Budget;
let node: BundleMeasure;
let browser: BundleMeasure;
let split: SplitMeasure;

beforeAll(async () => {
  budget = readBudget();
  [node, browser, split] = await Promise.all([measureOneFile("node"), measureOneFile("browser"), measureSplit("node")]);
});

function expectWithinBudget(name: BudgetName, measure: BundleMeasure): void {
  const limit = budget[name];
  const within = measure.minified <= limit.minified && measure.gzip <= limit.gzip;
  expect(within, overBudgetReport(name, measure, limit)).toBe(true);
}

describe("the one-command bundle stays within budget.json", () => {
  it("node, one ES module", () => expectWithinBudget("node", node));
  it("browser, one ES module", () => expectWithinBudget("browser", browser));
  it("node, code split: what loads before the program runs", () => expectWithinBudget("nodeStartup", split.startup));
});

describe("what a program that passes its credentials bundles", () => {
  const credentialChain = /^@aws-sdk\/(credential-provider-|nested-clients|token-providers)|^@smithy\/credential-provider-imds/;

  it("loads the default credential chain (and the STS and SSO clients it needs) only through import()", () => {
    const loadedAtStartup = split.startup.packages.map(([name]) => name).filter((name) => credentialChain.test(name));
    expect(loadedAtStartup).toEqual([]);
    // ...and the chain is still in the bundle, for a program that does not pass credentials.
    expect(split.allChunksMinified - split.startup.minified).toBeGreaterThan(100_000);
    expect(node.packages.some(([name]) => name === "@aws-sdk/credential-provider-node")).toBe(true);
  });

  it("holds no Node.js-only module in a browser bundle", () => {
    const nodeOnly = browser.packages.map(([name]) => name).filter((name) => credentialChain.test(name) || /node-http-handler|hash-node|util-body-length-node/.test(name));
    expect(nodeOnly).toEqual([]);
    expect(browser.packages.some(([name]) => name === "@smithy/fetch-http-handler")).toBe(true);
  });

  it("is mostly not the generated Lightsail packages: the breakdown names each package's share", () => {
    const generated = node.packages.filter(([name]) => name.startsWith("packages/lightsail-")).reduce((total, [, bytes]) => total + bytes, 0);
    expect(generated).toBeGreaterThan(0);
    expect(generated).toBeLessThan(node.minified * 0.1);
  });
});

describe("packageOf", () => {
  it("names a package, a @smithy/core submodule, or a workspace path", () => {
    expect(packageOf("../../node_modules/.pnpm/@smithy+core@3.41.1/node_modules/@smithy/core/dist-es/submodules/protocols/HttpProtocol.js")).toBe("@smithy/core/protocols");
    expect(packageOf("../../node_modules/.pnpm/bowser@2.11.0/node_modules/bowser/es5.js")).toBe("bowser");
    expect(packageOf("../../node_modules/.pnpm/@aws-sdk+core@3.9.0/node_modules/@aws-sdk/core/dist-es/index.js")).toBe("@aws-sdk/core");
    expect(packageOf("../../packages/lightsail-client/dist/esm/index.js")).toBe("packages/lightsail-client/dist/esm/index.js");
  });
});
