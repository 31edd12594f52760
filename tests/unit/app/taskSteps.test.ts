import { afterEach, describe, expect, it, vi } from "vitest";
import { taskSteps } from "../../../src/ui/taskSteps.ts";

afterEach(() => vi.useRealTimers());

describe("taskSteps", () => {
  it("runs each step in a task of its own, in order", () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const steps = taskSteps();
    steps.run(
      () => done.push("labels"),
      () => done.push("rows"),
    );
    expect(done).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(["labels"]);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(["labels", "rows"]);
  });
  it("drops steps not yet run when new ones come: they drew a view no longer wanted", () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const steps = taskSteps();
    steps.run(() => done.push("old"));
    steps.run(() => done.push("new"));
    vi.runAllTimers();
    expect(done).toEqual(["new"]);
  });
  it("runs what is left at once when flushed, and nothing twice", () => {
    vi.useFakeTimers();
    const done: string[] = [];
    const steps = taskSteps();
    steps.run(
      () => done.push("a"),
      () => done.push("b"),
    );
    vi.advanceTimersToNextTimer();
    steps.flush();
    vi.runAllTimers();
    expect(done).toEqual(["a", "b"]);
  });
});

/** An idle scheduler driven by the test: `idle.come()` is the page's idle period. */
function testIdle() {
  const waiting: { run: () => void; timeoutMs: number; cancelled: boolean }[] = [];
  return {
    waiting,
    scheduler: (run: () => void, timeoutMs: number) => {
      const entry = { run, timeoutMs, cancelled: false };
      waiting.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
    come() {
      for (const entry of waiting.splice(0)) if (!entry.cancelled) entry.run();
    },
  };
}

describe("taskSteps.runWhenIdle", () => {
  it("runs the first step only in an idle period, the next ones a task each after it", () => {
    vi.useFakeTimers();
    const idle = testIdle();
    const done: string[] = [];
    const steps = taskSteps(idle.scheduler);
    steps.runWhenIdle(
      () => done.push("labels"),
      () => done.push("rows"),
    );
    vi.runAllTimers();
    expect(done).toEqual([]);
    expect(idle.waiting.map((w) => w.timeoutMs)).toEqual([200]);
    idle.come();
    expect(done).toEqual(["labels"]);
    vi.advanceTimersToNextTimer();
    expect(done).toEqual(["labels", "rows"]);
  });
  it("gives way to a change's steps, which wait only for the next task", () => {
    vi.useFakeTimers();
    const idle = testIdle();
    const done: string[] = [];
    const steps = taskSteps(idle.scheduler);
    steps.runWhenIdle(() => done.push("first view"));
    steps.run(() => done.push("changed view"));
    vi.runAllTimers();
    expect(done).toEqual(["changed view"]);
    idle.come();
    expect(done).toEqual(["changed view"]);
  });
  it("runs the waiting steps at once when flushed (an export), and not again when idle", () => {
    vi.useFakeTimers();
    const idle = testIdle();
    const done: string[] = [];
    const steps = taskSteps(idle.scheduler);
    steps.runWhenIdle(
      () => done.push("a"),
      () => done.push("b"),
    );
    steps.flush();
    idle.come();
    vi.runAllTimers();
    expect(done).toEqual(["a", "b"]);
  });
});
