// The notes of an import: one per kind of row or cell set aside, with a count and the first examples.
import type { ImportNote, NoteKind } from "../data/importedTable.ts";
import type { LevelId } from "../data/levels.ts";

/** How many examples a note lists. */
const EXAMPLES = 5;

export class Notes {
  private byKey = new Map<string, ImportNote>();
  add(kind: NoteKind, row: number, example: string, level?: LevelId): void {
    const key = level ? `${kind}:${level}` : kind;
    let note = this.byKey.get(key);
    if (!note) {
      note = { kind, count: 0, rows: [], examples: [], ...(level ? { level } : {}) };
      this.byKey.set(key, note);
    }
    note.count++;
    if (note.rows.length < EXAMPLES) note.rows.push(row);
    if (note.examples.length < EXAMPLES && example && !note.examples.includes(example))
      note.examples.push(example);
  }
  list(): ImportNote[] {
    return [...this.byKey.values()];
  }
}
