// `scm deploy --service X --resource R... ID`: the certificate id written after the resources ends the list
// (an id is scs + 13 digits; a CDN domain has dots, an ELB/WAF id is not of that shape), through the built
// binary, as it is when written first. --dry-run without credentials: nothing is read or sent (with them it reads).
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ENV = { SCM_REGION: 'cn-north-4' };

it('the id after the resources is the id, and every resource before it is deployed to', async () => {
  const last = await runCli(['deploy', '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-1', 'waf-2', 'scs1234567890123', '--waf-type', 'premium', '--dry-run'], { env: ENV });
  expect(last.code).toBe(0);
  expect(last.stdout).toContain('/v3/scm/certificates/scs1234567890123/deploy');
  const first = await runCli(['deploy', 'scs1234567890123', '--service', 'WAF', '--project', 'cn-north-4', '--resource', 'waf-1', 'waf-2', '--waf-type', 'premium', '--dry-run'], { env: ENV });
  // The two runs may sign in different seconds: the request is the same whatever X-Sdk-Date says.
  const undated = (s: string): string => s.replace(/^X-Sdk-Date: \d{8}T\d{6}Z$/gm, 'X-Sdk-Date: (when signed)');
  expect([undated(last.stdout), last.stderr]).toEqual([undated(first.stdout), first.stderr]);
});
