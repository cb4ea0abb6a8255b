// `scm help environment` lists every environment variable the source reads: the names are collected from
// src/ (env.X, env['X'], the names handed to env lookups, the ACME hook variables), so a new one cannot be
// forgotten.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACME_VARIABLES } from '../../src/core/acme/sources.js';
import { helpTopic } from '../../src/commands/help/topics.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

function variablesRead(): Set<string> {
  const names = new Set<string>(Object.values(ACME_VARIABLES).flat());
  for (const text of sources(SRC)) {
    for (const m of text.matchAll(/\benv\.([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(m[1]!);
    for (const m of text.matchAll(/\benv\[['"]([A-Za-z_][A-Za-z0-9_]*)['"]\]/g)) names.add(m[1]!);
    // Names handed to lookups: pick(env, 'A', 'a'), envVar('A'), proxyVar(env, ['A', 'a']), val(env[n]) over a list of names.
    for (const m of text.matchAll(/\b(?:pick|envVar|proxyVar)\(([^)]*)\)/g)) for (const n of m[1]!.matchAll(/'([A-Z][A-Z0-9_]+)'/g)) names.add(n[1]!);
    for (const m of text.matchAll(/\[((?:'[A-Z][A-Z0-9]*_[A-Z0-9_]+',?\s*){2,})\]\.(?:map|find)/g)) for (const n of m[1]!.matchAll(/'([A-Z0-9_]+)'/g)) names.add(n[1]!);
    for (const m of text.matchAll(/\['([A-Z][A-Z0-9]*_[A-Z0-9_]+)', '([A-Z][A-Z0-9]*_[A-Z0-9_]+)'\]/g)) (names.add(m[1]!), names.add(m[2]!));
    // A variable's two spellings, the lower-case one first (api/proxy-vars.ts PROXY_NAMES: it wins, as in curl).
    for (const m of text.matchAll(/\['([a-z][a-z0-9]*_[a-z0-9_]+)', '([A-Z][A-Z0-9]*_[A-Z0-9_]+)'\]/g)) if (m[1]!.toUpperCase() === m[2]) names.add(m[2]!);
  }
  return names;
}

describe('scm help environment', () => {
  const text = helpTopic('environment', 'en');

  it('names every variable scm reads', () => {
    // Lower-case proxy names are covered by "lower-case names too"; ERR_* are Node error codes, not variables.
    const names = [...variablesRead()].filter((n) => (n === n.toUpperCase() || n === 'Le_Domain') && !n.startsWith('ERR_'));
    expect(names).toEqual(expect.arrayContaining(['HW_ACCESS_KEY', 'HW_SECRET_KEY', 'HTTPS_PROXY', 'USERPROFILE', 'SCM_PFX_PASSWORD']));
    expect(names.length).toBeGreaterThan(35);
    for (const name of names) expect(text, name).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('names the same variables in Chinese', () => {
    const zh = helpTopic('environment', 'zh');
    for (const name of variablesRead()) if (text.includes(name)) expect(zh, name).toContain(name);
    expect(zh).toMatch(/^scm 读取的环境变量/);
  });

  // Each meaning in Chinese names what its English names in capitals (variables, locales, values): the Chinese
  // for LC_CTYPE once said 'POSIX 等', leaving out C, the ASCII locale most systems default to.
  it('says in Chinese every name and value its English gives', async () => {
    const { ENVIRONMENT } = await import('../../src/commands/help/environment.js');
    const placeholders = new Set(['HOST', 'PORT']); // the proxy's HOST:PORT reads 主机:端口
    const missing = ENVIRONMENT.flatMap((group) => group.vars).flatMap((v) => {
      const words = new Set([...v.meaning.en.matchAll(/(?<![\w$.-])[A-Z][A-Z0-9_]*(?![\w])/g)].map((m) => m[0]));
      return [...words].filter((w) => !placeholders.has(w) && !new RegExp(`(?<![\\w])${w}(?![\\w])`).test(v.meaning.zh)).map((w) => `${v.names.join(' ')}: ${w}`);
    });
    expect(missing).toEqual([]);
  });

  it('says where each variable applies as the code reads it', async () => {
    const { ENVIRONMENT } = await import('../../src/commands/help/environment.js');
    const { COMMANDS } = await import('../../src/commands/registry.js');
    const { homeOf, userConfigDir } = await import('../../src/config/homes.js');
    const meaning = (name: string) => ENVIRONMENT.flatMap((g) => g.vars).find((v) => v.names.includes(name))!.meaning;
    // The credentials are read by every command that calls the API (list, show, deploy ...), not only the
    // three the heading once named.
    const credentials = ENVIRONMENT.find((g) => g.vars.some((v) => v.names.includes('HUAWEICLOUD_SDK_AK')))!.group;
    const apiCommands = COMMANDS.filter((c) => c.options.some((o) => o.flags.startsWith('--endpoint'))).map((c) => c.name);
    expect(apiCommands).toEqual(expect.arrayContaining(['upload', 'list', 'deploy', 'rotate']));
    const named = /\(([^)]*)\)/.exec(credentials.en)![1]!;
    expect(named.startsWith('every command that calls the SCM API') || apiCommands.every((c) => named.includes(c)), named).toBe(true);
    expect(credentials.zh).toContain('所有调用 SCM API 的命令');
    // A relative HOME (HOME=.) or XDG_CONFIG_HOME is not used, and help says so.
    expect(homeOf({ HOME: '.' }, () => '/passwd/home')).toBe('/passwd/home');
    expect(userConfigDir({ XDG_CONFIG_HOME: 'rel', HOME: '/h' }, () => undefined)).toBe('/h/.config/scm');
    expect(meaning('HOME').en).toContain('unset, empty or relative');
    expect(meaning('HOME').zh).toContain('相对路径');
    expect(meaning('XDG_CONFIG_HOME').en).toContain('a relative one is not used');
    expect(meaning('XDG_CONFIG_HOME').zh).toContain('相对路径不会使用');
  });

  it('includes the ones that matter most to scripts', () => {
    for (const name of ['HUAWEICLOUD_SDK_AK', 'SCM_ENDPOINT', 'SCM_REGION', 'XDG_CONFIG_HOME', 'NO_COLOR', 'FORCE_COLOR', 'CI', 'RENEWED_LINEAGE', 'LEGO_HOOK_CERT_PATH', 'LEGO_CERT_PATH', 'CERT_FULLCHAIN_PATH']) expect(text).toContain(name);
  });
});
