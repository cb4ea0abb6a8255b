// ExportCertificate is a POST without a body. scm sent it without `Content-Type`, which every official SDK sends
// (application/json, on every request) and an API gateway may require of a POST; now every POST carries it,
// signed like the other headers. Against other-scm.ts, whose verifier checks every signed header.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { send, store } from '../helpers/other-scm.js';
import { withOtherScm } from '../helpers/other-scm-suite.js';
import { runCli } from '../helpers/run-cli.js';

const t = withOtherScm('export-ct', 'export.example.test');

describe('scm export: the POST it sends', () => {
  it('carries Content-Type: application/json (the signature holds) and no body; the files are written', async () => {
    const held = store(t.m, 'export-1', readFileSync(t.b.cert, 'utf8'));
    t.m.hook = (req, res) => {
      if (req.method !== 'POST' || !req.path.endsWith('/export')) return false;
      return send(res, 200, { certificate: readFileSync(t.b.cert, 'utf8'), certificate_chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem });
    };
    const out = join(t.dir, 'out');
    const r = await runCli(['export', held.id, '--out', out], { env: t.env() });
    expect(r.code, r.stderr).toBe(0);
    const [post] = t.m.seen.filter((s) => s.path.endsWith('/export'));
    expect(post?.refused).toBeUndefined();
    expect(post?.headers['content-type']).toBe('application/json');
    expect(post?.body).toBe('');
    expect(readFileSync(join(out, 'cert.pem'), 'utf8')).toBe(readFileSync(t.b.cert, 'utf8'));
  });
});
