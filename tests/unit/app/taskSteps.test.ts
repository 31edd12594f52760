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
