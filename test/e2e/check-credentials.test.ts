// `scm check` given a target with a user and password (`ldaps://user:pw@host:636`, `https://user:pw@host`,
// `user:pw@host:636`), as a target or as --expect: scm check sends no credentials, so the target is refused as a
// usage error (exit 2) before anything is read or sent, and the password never comes back, in text, --json or
// Chinese: a cron job's log would keep it.
import { expect, it } from 'vitest';
import { describeFixtures, fixture } from '../helpers/fixtures.js';
import { runCli } from '../helpers/run-cli.js';

const PASSWORD = 'Pa55-w0rd-not-shown';
const check = (args: string[]) => runCli(['check', ...args]);
const REFUSED = 'credentials in a check target are not used (scm check sends no user name or password); give it without them: ';

describeFixtures('scm check with credentials in a target', () => {
  it('ldaps://user:pw@host:636, https://user:pw@host, user:pw@host:port: exit 2, the password hidden, the target without them', async () => {
    const cases: [string, string, string][] = [
      [`ldaps://admin:${PASSWORD}@ldap.example.com:636`, 'ldaps://***@ldap.example.com:636', 'ldap.example.com:636'],
      [`https://admin:${PASSWORD}@127.0.0.1:1/`, 'https://***@127.0.0.1:1/', 'https://127.0.0.1:1/'],
      [`admin:${PASSWORD}@127.0.0.1:1`, '***@127.0.0.1:1', '127.0.0.1:1'],
    ];
    for (const [target, shown, rest] of cases) {
      const r = await check([target]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: ${shown}: ${REFUSED}${rest}\n`]);
      const json = await check([target, '--json']);
      expect([json.code, json.stdout]).toEqual([2, '']);
      expect(JSON.parse(json.stderr)).toMatchObject({ error: { type: 'UsageError', exitCode: 2, message: `${shown}: ${REFUSED}${rest}` } });
      const zh = await check([target, '--lang', 'zh']);
      expect([zh.code, zh.stderr]).toEqual([2, `scm: ${shown}：检查对象中的凭证不会被使用（\`scm check\` 不发送用户名和密码）；请去掉凭证后再给出：${rest}\n`]);
      for (const out of [r, json, zh]) expect(out.stdout + out.stderr).not.toContain(PASSWORD);
    }
  });

  it('--expect with credentials is refused the same way; a file name with an @ stays a file name', async () => {
    const r = await check([fixture('bundles/ec-ok'), '--expect', `ldaps://admin:${PASSWORD}@ldap.example.com:636`, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toContain(PASSWORD);
    expect(r.stderr).toContain(`--expect ldaps://***@ldap.example.com:636: ${REFUSED}ldap.example.com:636`);
    const file = await check(['me@example.com.pem']);
    expect([file.code, file.stderr]).toEqual([2, 'scm: cannot read me@example.com.pem: no such file\n']);
  });
});
