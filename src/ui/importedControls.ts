// The pickers of an imported table: its period, its dimensions, the level it is shown at, and how municipalities combine.
import type { Dataset } from "../data/dataset.ts";
import { shownLevels } from "../data/importedDataset.ts";
import type { AggregationRule } from "../data/importedTable.ts";
import { LEVELS, type LevelId } from "../data/levels.ts";
import { t } from "../i18n/messages.ts";
import type { Store } from "../state/store.ts";
import { dimensionPickers } from "./dimensionPickers.ts";
import { h, replace, setText } from "./dom.ts";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function importedControls(store: Store, dataset: () => Dataset) {
  const period = byId<HTMLSelectElement>("period-select");
  const level = byId<HTMLSelectElement>("level-select");
  const rule = byId<HTMLSelectElement>("rule-select");
  const dimensions = dimensionPickers(byId("dimension-fields"), store);
  period.addEventListener("change", () => store.set({ period: period.value }));
  level.addEventListener("change", () =>
    store.set({ level: level.value as LevelId, county: null, area: null, region: null }),
  );
  rule.addEventListener("change", () => {
    const d = dataset();
    const metric = store.get().metric || d.metrics[0]?.id || "";
    store.set({ rules: { ...store.get().rules, [metric]: rule.value as AggregationRule } });
  });
  return {
    render(metricShown: string) {
      const s = store.get();
      const info = dataset().imported;
      const table = info?.table ?? null;
      const periods = table?.periods.filter(Boolean) ?? [];
      byId("period-field").hidden = !info || periods.length < 2;
      byId("level-field").hidden = !table || shownLevels(table).length < 2;
      const aggregatedRule = info?.rule(metricShown) ?? null;
      byId("rule-field").hidden = aggregatedRule === null;
      setText(byId("period-label"), t(s.lang, "periodLabel"));
      setText(byId("level-label"), t(s.lang, "levelLabel"));
      setText(byId("rule-label"), t(s.lang, table?.source ? "ruleLabelRows" : "ruleLabel"));
      dimensions.render(table);
      if (!info || !table) {
        // No table: its pickers keep no options (a session of many imports keeps nothing of them).
        for (const select of [period, level, rule]) select.replaceChildren();
        delete period.dataset.key;
        return;
      }
      const key = `${s.lang}/${table.name}/${periods.length}/${table.metrics.length}`;
      if (period.dataset.key !== key) {
        period.dataset.key = key;
        replace(period, ...[...periods].reverse().map((p) => h("option", { value: p }, p)));
        replace(
          level,
          ...shownLevels(table).map((l) => h("option", { value: l }, LEVELS[l].words.by[s.lang])),
        );
        replace(
          rule,
          h("option", { value: "sum" }, t(s.lang, "ruleSum")),
          h("option", { value: "mean" }, t(s.lang, "ruleMean")),
        );
      }
      period.value = info.period;
      level.value = dataset().level;
      if (aggregatedRule) rule.value = aggregatedRule;
    },
  };
}
