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
