// Work split over tasks: each step its own task, so no change of view blocks the page at once.

/** Schedules `run` for the page's next idle period, or after `timeoutMs` at the latest; returns a cancel. */
export type IdleScheduler = (run: () => void, timeoutMs: number) => () => void;

/**
 * The browser's idle callback; where there is none (Safari), the next task.
 * An idle period comes only once input waiting to be handled has been.
 */
export const browserIdle: IdleScheduler = (run, timeoutMs) => {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};

/**
 * How long steps given to `runWhenIdle` wait at most for an idle period. On the
 * phone profile (4x slowdown) a tap that came during the first render is
 * handled within about 150 ms of the first frame.
 */
export const IDLE_WAIT_MS = 200;

/**
 * A queue of steps run one per task, in order. `run` replaces any steps not
 * yet run (they drew a view that is no longer wanted); `runWhenIdle` does the
 * same, but its first step waits for an idle period, so a reader's input
 * already on its way (a tap during the first render) is answered first; `flush`
 * runs what is left at once, for a reader that needs the view complete (an export).
 */
export function taskSteps(idle: IdleScheduler = browserIdle) {
  let steps: (() => void)[] = [];
  /** What the next step waits for (a task, or an idle period) and how to call it off; null for nothing. */
  let waiting: { cancel: () => void; idle: boolean } | null = null;
  const wait = (forIdle: boolean) => {
    if (forIdle) waiting = { cancel: idle(next, IDLE_WAIT_MS), idle: true };
    else {
      const id = setTimeout(next, 0);
      waiting = { cancel: () => clearTimeout(id), idle: false };
    }
  };
  const stop = () => {
    waiting?.cancel();
    waiting = null;
  };
  const next = () => {
    waiting = null;
    const step = steps.shift();
    if (steps.length) wait(false);
    step?.();
  };
  return {
    run(...later: (() => void)[]) {
      steps = later;
      // Steps that waited for idle are now a change's: they wait only for the next task.
      if (waiting?.idle) stop();
      if (waiting === null && steps.length) wait(false);
    },
    runWhenIdle(...later: (() => void)[]) {
      stop();
      steps = later;
      if (steps.length) wait(true);
    },
    flush() {
      stop();
      const left = steps;
      steps = [];
      for (const step of left) step();
    },
  };
}
