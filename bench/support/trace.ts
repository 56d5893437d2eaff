// Reading a Chrome trace (Lighthouse's observed page load) for what the host's load moves least.
export interface TraceEvent {
  name: string;
  pid: number;
  tid: number;
  ts: number;
  /** Thread time (CPU) of a complete event, in µs. */
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string }; beginData?: { url?: string } };
}

/** The renderer main thread that parsed the page's document, and the CPU time of its tasks after
 *  the navigation started. */
export function mainThreadCpuMs(events: TraceEvent[], url: string): number {
  const parse = events.find((e) => e.name === "ParseHTML" && e.args?.beginData?.url === url);
  if (!parse) return NaN;
  const start = events.find((e) => e.name === "navigationStart" && e.pid === parse.pid && e.args?.data?.documentLoaderURL === url)?.ts ?? parse.ts;
  const tasks = events.filter((e) => e.name === "RunTask" && e.pid === parse.pid && e.tid === parse.tid && e.ts >= start);
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}
