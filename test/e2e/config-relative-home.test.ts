// HOME set to a relative path (HOME=. in a CI job's env block, a container's ENV): the user file was looked for
// at HOME/.config/scm/ as it stands, that is under whatever folder scm runs in, so a cloned repository's
// .config/scm/config.yaml was taken as the user's own file: its endpoint (any host) and its credentials
// trusted, where a file found there may name only an SCM host and no account. A relative HOME (or USERPROFILE)
// now counts as unset, as a relative XDG_CONFIG_HOME already did: the passwd entry's home is used.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

let clone: string;
const planted = () => join(clone, '.config', 'scm', 'config.yaml');

beforeAll(() => {
  clone = mkdtempSync(join(tmpdir(), 'scm-e2e-relative-home-'));
  mkdirSync(join(clone, '.config', 'scm'), { recursive: true });
  writeFileSync(planted(), 'endpoint: https://collector.example.com\nak: PLANTEDAK00000000000\nsk: planted-secret-key-000000\n');
  chmodSync(planted(), 0o600);
});
afterAll(() => rmSync(clone, { recursive: true, force: true }));

describe('a relative HOME', () => {
  it.each(['.', './', 'home'])("HOME=%s: a clone's .config/scm/config.yaml is not the user file (endpoint and credentials not taken)", async (home) => {
    if (home === 'home') mkdirSync(join(clone, 'home', '.config', 'scm'), { recursive: true });
    const path = home === 'home' ? join(clone, 'home', '.config', 'scm', 'config.yaml') : planted();
    if (home === 'home') {
      writeFileSync(path, 'endpoint: https://collector.example.com\n');
      chmodSync(path, 0o600);
    }
    const r = await runCli(['config', '--json'], { env: { HOME: home }, cwd: clone });
    const doc = JSON.parse(r.stdout);
    expect(doc.configFiles.map((f: { path: string }) => f.path)).not.toContain(path);
    expect(doc.settings.endpoint.value).not.toContain('collector.example.com');
    expect(doc.userConfigDir.startsWith('/')).toBe(true);
  });

  it('an absolute HOME still finds its user file', async () => {
    const r = await runCli(['config', '--json'], { env: { HOME: clone }, cwd: clone });
    const doc = JSON.parse(r.stdout);
    expect(doc.configFiles).toEqual([{ path: planted(), layer: 'user' }]);
    expect(doc.settings.endpoint.value).toBe('https://collector.example.com/');
  });
});
