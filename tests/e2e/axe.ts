// Every axe-core rule, experimental ones included, run on a page: the violations, summarised.
import { createRequire } from "node:module";
import { dirname } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const require = createRequire(import.meta.url);
const axe = require(
  require.resolve("axe-core", { paths: [dirname(require.resolve("@axe-core/playwright"))] }),
) as { getRules(): { ruleId: string }[] };
const ALL_RULES = axe.getRules().map((r) => r.ruleId);

export async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(ALL_RULES).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}
