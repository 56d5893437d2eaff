// The worker's analysis thread, seen from its main thread: one request at a time, with a time
// budget and a heap limit. Analysis is synchronous CPU work (HTML parsing, PDF text, the
// morphological analyser); in a thread it cannot stop the main thread from renewing the job's
// lease, a runaway input can be stopped (too_slow), and running out of heap ends the thread,
// not the worker (too_complex). The thread is reused, so the analyser loads once per worker.
import { Worker } from "node:worker_threads";
import { JobFailure, type JobFailureCode } from "../status";
import type { AnalysisRequest, AnalysisResult, StageListener } from "./analyse";

export type ThreadMessage =
  | { id: number; type: "stage"; stage: Parameters<StageListener>[0] }
  | { id: number; type: "done"; result: AnalysisResult }
  | { id: number; type: "failure"; code: JobFailureCode; message: string; detail?: Record<string, string> }
  | { id: number; type: "error"; message: string };

export interface AnalyserThreadOptions {
  /** Longest one document may take (default 10 minutes). */
  timeoutMs?: number;
  /** Heap limit of the thread in MB (default 2048). */
  memoryMb?: number;
}

// The thread is TypeScript: it registers tsx's loader before importing its entry.
const ENTRY = new URL("./analysis-thread.ts", import.meta.url).href;
const BOOT = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); })`;

export class AnalyserThread {
  private thread: Worker | null = null;
  private nextId = 0;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;

  constructor({ timeoutMs = 10 * 60_000, memoryMb = 2048 }: AnalyserThreadOptions = {}) {
    this.timeoutMs = timeoutMs;
    this.memoryMb = memoryMb;
  }

  analyse = (request: AnalysisRequest, onStage: StageListener = () => {}): Promise<AnalysisResult> => {
    const thread = (this.thread ??= new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } }));
    const id = ++this.nextId;
    return new Promise<AnalysisResult>((resolve, reject) => {
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        thread.off("message", onMessage);
        thread.off("error", onError);
        thread.off("exit", onExit);
        fn();
      };
      const discard = () => {
        if (this.thread === thread) this.thread = null;
        void thread.terminate();
      };
      const timer = setTimeout(() => {
        discard();
        settle(() => reject(new JobFailure("too_slow", `Analysis took longer than ${Math.round(this.timeoutMs / 1000)} s.`)));
      }, this.timeoutMs);
      const onMessage = (m: ThreadMessage) => {
        if (m.id !== id) return;
        if (m.type === "stage") return onStage(m.stage);
        if (m.type === "done") return settle(() => resolve(m.result));
        if (m.type === "failure") return settle(() => reject(new JobFailure(m.code, m.message, m.detail)));
        settle(() => reject(new Error(m.message)));
      };
      const onError = (error: Error & { code?: string }) => {
        discard();
        settle(() =>
          reject(
            error.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? new JobFailure("too_complex", `Analysis ran out of memory (${this.memoryMb} MB).`)
              : error,
          ),
        );
      };
      const onExit = (code: number) => {
        if (this.thread === thread) this.thread = null;
        settle(() => reject(new Error(`The analysis thread exited (${code}).`)));
      };
      thread.on("message", onMessage);
      thread.on("error", onError);
      thread.on("exit", onExit);
      thread.postMessage({ id, request });
    });
  };

  async close(): Promise<void> {
    const thread = this.thread;
    this.thread = null;
    if (thread) await thread.terminate();
  }
}
