// The faults that spoil an answer SCM did process (faults.ts): half its body then a reset or a close, or half its
// body as the whole (malformed JSON). Apart from server.ts, which decides which fault applies, because this only
// writes the spoilt answer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultAction } from './faults.js';
import type { Answer } from './handlers/index.js';

export const CUTS: ReadonlySet<FaultAction> = new Set<FaultAction>(['reset-mid-body', 'close-mid-body', 'malformed-json']);

export function sendCut(req: IncomingMessage, res: ServerResponse, answer: Answer, action: FaultAction): void {
  const full = JSON.stringify(answer.body ?? { ok: true });
  const cut = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
  // A 204 (a push's, a delete's) cannot carry a body, so Node sent none and the fault never happened: 200 then.
  const status = answer.body === undefined ? 200 : answer.status;
  if (action === 'malformed-json') return void res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(cut) }).end(cut);
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(full) });
  res.write(cut);
  // A reset (RST), or a close in good order (FIN) that leaves the Content-Length unmet.
  setImmediate(() => (action === 'close-mid-body' ? req.socket.end() : req.socket.resetAndDestroy()));
}
