import { describe, expect, it } from "vitest";
import { mainThreadCpuMs, type TraceEvent } from "./trace";

const URL = "http://127.0.0.1:3610/sets";
const task = (pid: number, tid: number, ts: number, tdur: number): TraceEvent => ({ name: "RunTask", pid, tid, ts, tdur });

describe("mainThreadCpuMs", () => {
  it("sums the thread time of the tasks on the thread that parsed the page, from its navigation on", () => {
    const events: TraceEvent[] = [
      task(1, 1, 500, 9_000), // before the navigation: about:blank's work
      { name: "navigationStart", pid: 1, tid: 1, ts: 1_000, args: { data: { documentLoaderURL: URL } } },
      { name: "ParseHTML", pid: 1, tid: 1, ts: 1_200, args: { beginData: { url: URL } } },
      task(1, 1, 1_100, 2_500),
      task(1, 1, 3_000, 40_000),
      task(1, 7, 3_000, 80_000), // another thread of the renderer (a worker)
      task(2, 2, 3_000, 70_000), // another renderer (an iframe, an extension)
    ];
    expect(mainThreadCpuMs(events, URL)).toBe(42.5);
  });

  it("is not a number when the trace has no parse of that page", () => {
    expect(mainThreadCpuMs([task(1, 1, 0, 1_000)], URL)).toBeNaN();
  });
});
