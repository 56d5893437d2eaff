// The FSRS optimizer (fsrs-rs through its napi binding, @open-spaced-repetition/binding) is
// loaded only when a learner asks for an optimization, never at server start: it is a native
// module the review and page paths do not need. Loaded once per process.
import { HttpError } from "@/lib/http/errors";

export type OptimizerBinding = typeof import("@open-spaced-repetition/binding");

let loading: Promise<OptimizerBinding> | null = null;

/** The binding, or a 503 the UI can explain when this platform has no build of it. */
export async function loadOptimizer(): Promise<OptimizerBinding> {
  loading ??= import("@open-spaced-repetition/binding").catch((error: unknown) => {
    loading = null;
    console.error("FSRS optimizer binding could not be loaded", error);
    throw new HttpError(503, "optimizer_unavailable", "The FSRS optimizer is not available on this server.");
  });
  return loading;
}
