// A picker per dimension of an imported table (age, sex, benefit type…), next to the period picker.
import type { ImportedTable } from "../data/importedTable.ts";
import type { Store } from "../state/store.ts";
import { h, replace } from "./dom.ts";

/**
 * Renders one select per dimension into `box`, each showing the chosen
 * category, else the total, else the first. Choosing the default removes the
 * choice (the URL names only what differs); categories are never combined.
 */
export function dimensionPickers(box: HTMLElement, store: Store) {
  let shown: ImportedTable | null = null;
  return {
    render(table: ImportedTable | null) {
      box.hidden = !table || table.dimensions.length === 0;
      if (!table) return;
      if (shown !== table) {
        shown = table;
        replace(
          box,
          ...table.dimensions.map((d) => {
            const select = h(
              "select",
              { id: `dimension-${d.id}`, "data-dimension": d.id },
              ...d.categories.map((c) => h("option", { value: c }, c)),
            ) as HTMLSelectElement;
            select.addEventListener("change", () => {
              const dims = { ...store.get().dims };
              if (select.value === d.categories[d.total ?? 0]) delete dims[d.id];
              else dims[d.id] = select.value;
              store.set({ dims });
            });
            return h(
              "label",
              { class: "field dimension-field" },
              h("span", {}, d.name),
              " ",
              select,
            );
          }),
        );
      }
      const dims = store.get().dims;
      for (const d of table.dimensions) {
        const select = box.querySelector<HTMLSelectElement>(`[data-dimension="${d.id}"]`);
        const chosen = dims[d.id];
        if (select)
          select.value =
            chosen !== undefined && d.categories.includes(chosen)
              ? chosen
              : (d.categories[d.total ?? 0] ?? "");
      }
    },
  };
}
