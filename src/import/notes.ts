// The notes of an import: one per kind of row or cell set aside, with a count and the first examples.
import type { ImportNote, NoteKind } from "../data/importedTable.ts";
import type { LevelId } from "../data/levels.ts";
import type { RegionTypeId } from "../data/regionTypes.ts";

/** How many examples a note lists. */
const EXAMPLES = 5;

export class Notes {
  private byKey = new Map<string, ImportNote>();
  /** Notes a row or cell of a kind (for "otherLevel", of a level). */
  add(kind: NoteKind, row: number, example: string, level?: LevelId): void {
    this.note(kind, level ? `${kind}:${level}` : kind, row, example, level ? { level } : {});
  }
  /** Notes a row of a region type the map does not draw. */
  addType(kind: NoteKind, row: number, example: string, type: RegionTypeId): void {
    this.note(kind, `${kind}:${type}`, row, example, { type });
  }
  private note(
    kind: NoteKind,
    key: string,
    row: number,
    example: string,
    extra: Partial<ImportNote>,
  ): void {
    let note = this.byKey.get(key);
    if (!note) {
      note = { kind, count: 0, rows: [], examples: [], ...extra };
      this.byKey.set(key, note);
    }
    note.count++;
    if (note.rows.length < EXAMPLES && row > 0) note.rows.push(row);
    if (note.examples.length < EXAMPLES && example && !note.examples.includes(example))
      note.examples.push(example);
  }
  list(): ImportNote[] {
    return [...this.byKey.values()];
  }
}
