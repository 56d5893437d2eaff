import { EnvError, parseEnv } from "./lib/env";
import { installPeerHeader } from "./lib/throttle/peer-header";

try {
  parseEnv();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
installPeerHeader();

// Jobs left queued or interrupted by an earlier run get a worker now (lib/jobs/spawn-worker.ts).
void Promise.all([import("./lib/db/client"), import("./lib/jobs/spawn-worker")])
  .then(([{ db }, { resumeIngestJobs }]) => resumeIngestJobs(db))
  .catch((error) => console.error("ingestion jobs could not be resumed:", error));
