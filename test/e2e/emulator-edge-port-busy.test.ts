// `scm emulator --edge-port N` with N taken: the message named the edge port, but the hint said to pick another
// --port, the other option. It now points at --edge-port (en and zh); a busy --port keeps its hint.
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

describe('scm emulator with a busy --edge-port', () => {
  it('says to pick another --edge-port (en and zh), exit 2', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      const en = await runCli(['emulator', '--port', '0', '--edge-port', String(port)]);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`scm: port ${port} is in use\nhint: pick another --edge-port, or --edge-port 0 for any free port\n`);
      const zh = await runCli(['emulator', '--port', '0', '--edge-port', String(port), '--lang', 'zh']);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toBe(`scm: 端口 ${port} 已被占用\n提示：请换一个 --edge-port，或用 --edge-port 0 任选一个空闲端口\n`);
      const main = await runCli(['emulator', '--port', String(port)]);
      expect(main.stderr).toBe(`scm: port ${port} is in use\nhint: pick another --port, or --port 0 for any free port\n`);
    } finally {
      blocker.close();
    }
  });
});
