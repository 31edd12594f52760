// Work split over tasks: each step its own task, so no change of view blocks the page at once.

/**
 * A queue of steps run one per task, in order. `run` replaces any steps not
 * yet run (they drew a view that is no longer wanted); `flush` runs what is
 * left at once, for a reader that needs the view complete (an export).
 */
export function taskSteps() {
  let steps: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const next = () => {
    timer = null;
    const step = steps.shift();
    if (steps.length) timer = setTimeout(next, 0);
    step?.();
  };
  return {
    run(...later: (() => void)[]) {
      steps = later;
      if (timer === null && steps.length) timer = setTimeout(next, 0);
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const left = steps;
      steps = [];
      for (const step of left) step();
    },
  };
}
