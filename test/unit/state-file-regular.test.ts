// `scm emulator --state FILE`: the state file and the PEM files it names must be regular files. A FIFO blocked
// open() for ever and /dev/zero was read until memory ran out; a folder fails as before (EISDIR, said in words).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n.js';
import { EM } from '../../src/emulator/messages.js';
import { Problem } from '../../src/emulator/problem.js';
import { seed } from '../../src/emulator/seed.js';
import { readStateFile } from '../../src/emulator/state-file.js';
import { Store } from '../../src/emulator/store.js';

const dir = mkdtempSync(join(tmpdir(), 'scm-state-regular-'));
const fifo = join(dir, 'p.fifo');
execFileSync('mkfifo', [fifo]);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problemOf = (path: string): Problem => {
  try {
    readStateFile(path);
  } catch (e) {
    return e as Problem;
  }
  throw new Error('read');
};

describe('readStateFile refuses what is no regular file, without reading it', () => {
  it.each([[fifo, 'fifo'], ['/dev/zero', 'device'], ['/dev/null', 'device']])('%s: %s', (path, kind) => {
    const e = problemOf(path);
    expect(e).toBeInstanceOf(Problem);
    expect([e.text, e.params]).toEqual([EM.stateNotRegular, { kind }]);
  });

  it('says it in both languages', () => {
    expect(t('en', EM.stateNotRegular, { kind: 'fifo' })).toBe('it is a named pipe (FIFO), not a regular file; save the state to a file and give its path');
    expect(t('zh', EM.stateNotRegular, { kind: 'device' })).toBe('它是设备，不是普通文件；请把状态保存到文件中，再传入其路径');
  });

  it('a PEM file the state names that is a FIFO: the entry and the path', () => {
    const file = join(dir, 'state.json');
    writeFileSync(file, JSON.stringify({ certificates: [{ name: 'x', key: fifo }] }));
    const e = problemOf(file);
    expect(e.message).toBe(`certificates[0].key: ${fifo} is a named pipe (FIFO), not a regular file`);
    expect(t('zh', e.text, e.params)).toBe(`certificates[0].key：${fifo} 是命名管道（FIFO），不是普通文件`);
  });

  it('a folder is still a read error said in words', () => {
    expect(problemOf(dir).text).toBe(EM.stateCannotRead);
  });
});

// The field named for a certificate with neither domain nor PEM was built in English, 'certificates[0].domain
// (or pem)', and quoted whole as a value: “certificates[0].domain (or pem)”必须是非空字符串 under --lang zh.
describe('a certificate with neither domain nor PEM', () => {
  it('names both fields, and the alternative in the reader\'s language', () => {
    let e: Problem | undefined;
    try {
      seed(new Store(), { certificates: [{ name: 'x' }] }, new Date());
    } catch (caught) {
      e = caught as Problem;
    }
    if (!e) throw new Error('seeded');
    expect([e.text, e.params]).toEqual([EM.seedDomainOrPem, { what: 'certificates[0].domain', pem: 'certificates[0].pem' }]);
    expect(t('zh', e.text, e.params)).toBe('“certificates[0].domain”必须是非空字符串，或者用“certificates[0].pem”给出证书');
    expect(t('en', e.text, e.params)).toBe("'certificates[0].domain' must be a non-empty string, or give the certificate as 'certificates[0].pem'");
  });
});
