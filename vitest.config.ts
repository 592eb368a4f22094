import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

const root = import.meta.dirname;

// Timeouts are a guard against hangs, not speed checks: the suites share two cores in CI.
export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, "worker/migrations"));
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: "test-admin-token-of-the-worker-suite-0001",
                  OUTBOUND_TIMEOUT_MS: "500",
                },
              },
            }),
          ],
          test: {
            name: "worker",
            testTimeout: 30_000,
            include: ["worker/**/*.test.ts"],
            setupFiles: ["worker/test/loopback-only-network.ts", "worker/test/apply-migrations.ts"],
          },
        },
        {
          // `npm run bench:scale`: counts per invocation at 100 000 accounts (worker/bench/scale.ts).
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ADMIN_TOKEN: "test-admin-token-of-the-worker-suite-0001",
                  OUTBOUND_TIMEOUT_MS: "500",
                },
              },
            }),
          ],
          test: {
            name: "bench",
            include: ["worker/bench/*.ts"],
            testTimeout: 900_000,
            setupFiles: ["worker/test/loopback-only-network.ts", "worker/test/apply-migrations.ts"],
          },
        },
        {
          test: {
            name: "shared",
            testTimeout: 30_000,
            include: ["shared/**/*.test.ts", "test/*.test.ts"],
            environment: "node",
          },
        },
        {
          plugins: [WxtVitest({ root: path.join(root, "extension") })],
          test: {
            name: "extension",
            testTimeout: 30_000,
            root,
            include: ["extension/**/*.test.ts"],
            environment: "happy-dom",
            setupFiles: ["extension/test-setup/browser.ts"],
          },
        },
        {
          // Real Chromium with the built extension and a real `wrangler dev` Worker.
          test: {
            name: "e2e",
            include: ["test/e2e/**/*.test.ts"],
            environment: "node",
            globalSetup: ["test/e2e/support/build-extension.ts"],
            fileParallelism: false,
            testTimeout: 120_000,
            hookTimeout: 240_000,
          },
        },
      ],
    },
  };
});
