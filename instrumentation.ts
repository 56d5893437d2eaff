// Runs once when the server starts: a missing or invalid variable stops start-up here,
// with its name, even when the server is started without scripts/start.ts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
