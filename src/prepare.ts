// Lets a module that is about to show a level ask the map to get its geometry ready in a task of its own.
import type { LevelId } from "./data/levels.ts";

let preparer: ((level: LevelId) => void) | null = null;

/** The map registers how to prepare a level (build its features and paths). */
export function onPrepareLevel(prepare: (level: LevelId) => void): void {
  preparer = prepare;
}

/**
 * Prepares a level before the state changes to show it, so that the render
 * that follows does not also build hundreds of features in the same task.
 */
export function prepareLevel(level: LevelId): void {
  preparer?.(level);
}
