// The built binary with the injected clock (SCM_NOW) at the exact second of a certificate's notAfter and one
// second after: RFC 5280 counts notAfter itself in the validity period, so check and validate call the
// certificate expired only after it.
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

describeFixtures('expiry at the second of notAfter', () => {
  const cert = fixture('cases/rsa-fullchain.pem');
  const end = new Date(new X509Certificate(readFileSync(cert)).validTo);
  const at = (ms: number) => ({ env: { SCM_NOW: new Date(end.getTime() + ms).toISOString() } });

  it('check FILE: expiring with 0 days left at notAfter, expired one second after', async () => {
    const now = await runCli(['check', cert, '--json'], at(0));
    const row = JSON.parse(now.stdout).targets[0];
    expect([row.daysLeft, row.problems.map((p: { id: string }) => p.id)]).toEqual([0, ['expiring']]);
    const after = await runCli(['check', cert, '--json'], at(1000));
    expect(JSON.parse(after.stdout).targets[0].problems.map((p: { id: string }) => p.id)).toEqual(['expired']);
  });

  it('validate: no cert-expired at notAfter, cert-expired one second after', async () => {
    const rules = async (ms: number): Promise<string[]> => {
      const r = await runCli(['validate', '--cert', cert, '--key', fixture('cases/rsa.key'), '--json'], at(ms));
      return JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    };
    expect(await rules(0)).not.toContain('cert-expired');
    expect(await rules(1000)).toContain('cert-expired');
  });
});
