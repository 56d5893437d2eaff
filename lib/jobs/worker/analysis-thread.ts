// Entry of the worker's analysis thread: runs analyse() for each request the worker's main
// thread sends and posts back the stages and the outcome. The analyser (and its dictionary)
// stays loaded here between jobs; the main thread stays free to renew leases.
import { parentPort } from "node:worker_threads";
import { JobFailure } from "../status";
import { analyse, type AnalysisRequest } from "./analyse";
import type { ThreadMessage } from "./analyser-thread";

const port = parentPort;
if (!port) throw new Error("analysis-thread.ts runs as a worker thread");

port.on("message", async ({ id, request }: { id: number; request: AnalysisRequest }) => {
  const post = (message: ThreadMessage) => port.postMessage(message);
  try {
    const result = await analyse(request, (stage) => post({ id, type: "stage", stage }));
    post({ id, type: "done", result });
  } catch (error) {
    if (error instanceof JobFailure) post({ id, type: "failure", code: error.code, message: error.message, detail: error.detail });
    else post({ id, type: "error", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
