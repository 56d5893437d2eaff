// Installed once in the server process (instrumentation-node.ts): every incoming HTTP request
// gets the TCP peer's address in PEER_HEADER, overwriting any value the client sent, before
// Next.js sees it. Route handlers have no socket, so this is how they learn who is connected.
import http from "node:http";
import { PEER_HEADER } from "./client-address";

const INSTALLED = Symbol.for("genten.peerHeader");

export function installPeerHeader(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage;
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
