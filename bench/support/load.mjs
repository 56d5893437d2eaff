// The load generator of `npm run bench`, run as its own process (plain Node, no tsx) so that
// the server under test and the client driving it do not share an event loop. One run of
// autocannon, configured by the JSON file named in argv[2]; prints one JSON line of results.
//
// Scenarios:
//   get     — GET `path` on every connection (the bare route, a static file)
//   review  — connection i is user i (its cookie), grading its cards in turn with fresh keys
//   queue   — every request takes the next prepared {cookie, path, body} (quiz answers):
//             the run is bounded by the queue's length; `rate` paces it (requests/s overall)
import crypto from "node:crypto";
import fs from "node:fs";
import autocannon from "autocannon";

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { url, connections, seconds, scenario } = config;

function reviewRequests() {
  let next = 0;
  return (client) => {
    const user = config.users[next++ % config.users.length];
    let n = 0;
    const ratings = ["good", "good", "hard", "easy", "again"];
    client.setRequests([
      {
        method: "POST",
        path: "/api/reviews",
        headers: { "content-type": "application/json", cookie: user.cookie },
        setupRequest(req) {
          const i = n++;
          req.body = JSON.stringify({
            cardId: user.cards[i % user.cards.length],
            rating: ratings[i % ratings.length],
            idempotencyKey: `b${crypto.randomBytes(12).toString("base64url")}`,
            durationMs: 1500,
          });
          return req;
        },
      },
    ]);
  };
}

function queueRequests() {
  const items = config.items;
  let next = 0;
  return (client) => {
    client.setRequests([
      {
        method: "POST",
        setupRequest(req) {
          const item = items[next++] ?? items[items.length - 1];
          return { ...req, path: item.path, headers: { "content-type": "application/json", cookie: item.cookie }, body: JSON.stringify(item.body) };
        },
      },
    ]);
  };
}

const options = {
  url: scenario === "get" ? new URL(config.path, url).toString() : url,
  connections,
  pipelining: 1,
  ...(scenario === "queue" ? { amount: config.items.length } : { duration: seconds }),
  ...(config.rate ? { overallRate: config.rate } : {}),
  ...(scenario === "get" ? { method: "GET" } : {}),
  ...(scenario === "review" ? { setupClient: reviewRequests() } : {}),
  ...(scenario === "queue" ? { setupClient: queueRequests() } : {}),
};

const result = await autocannon(options);
const statuses = {};
for (const [k, v] of Object.entries(result.statusCodeStats ?? {})) statuses[k] = v.count;
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    rps: result.requests.total / (result.duration || 1),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
  }) + "\n",
);
