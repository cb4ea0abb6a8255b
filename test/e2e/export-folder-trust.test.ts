// `scm export --out DIR` through the built binary (run as root): the private key is not written into a folder
// another user owns or may write to without the sticky bit, nor below one, nor through their symbolic link:
// they could swap the files (0600, created new) for their own after scm wrote them. Refused before SCM is
// asked (exit 2, both languages, naming the folder and why), as config files are judged (src/config/trust.ts).
// /tmp itself (1777, sticky) stays fine. Folders are given to uid 65534 with chown, which only root may do.
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliRecorder } from '../helpers/emulator.js';
import { withEmulator } from '../helpers/emulator-suite.js';

const NOBODY = 65534;
/** A group /etc/group does not list. */
const UNLISTED_GID = 4_000_123;
const asRoot = process.getuid?.() === 0;
const t = withEmulator('export-trust', { cn: 'export-trust.example.test', setup: (dir) => chmodSync(dir, 0o755) });
let id: string;
const { run } = cliRecorder(() => t.env());
const exports = async (): Promise<number> => (await t.emu.state()).requests.byOperation.export ?? 0;
const HINT = 'hint: choose a folder only you can write to (nothing was asked of SCM), or make this one and those above it yours and not writable by others (chown, chmod go-w)';
const att = () => join(t.dir, 'att');

beforeEach(async () => {
  id = (await t.emu.seed({ certificates: [{ name: 'exp', pem: readFileSync(t.b.cert, 'utf8'), chain: readFileSync(t.b.chain, 'utf8'), private_key: t.b.keyPem }] })).certificates[0]!;
  rmSync(att(), { recursive: true, force: true });
  mkdirSync(att());
});

describe.skipIf(!asRoot)('scm export --out a folder someone else may change', () => {
  it("another user's folder: refused before SCM is asked, exit 2, nothing written; in Chinese too", async () => {
    chownSync(att(), NOBODY, NOBODY);
    const r = await run(['export', id, '--out', att()]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: refusing to write the private key into --out ${att()}: it belongs to user ${NOBODY}, not to you or root; they could swap the files after scm writes them\n${HINT}\n`]);
    const zh = await run(['export', id, '--out', att(), '--lang', 'zh']);
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: 拒绝把私钥写入 --out ${att()}：它属于用户 ${NOBODY}，既不是你，也不是超级用户；别人可以在 scm 写入后替换这些文件`]);
    expect([await exports(), existsSync(join(att(), 'privkey.pem'))]).toEqual([0, false]);
  });

  it('a folder of root below one of theirs (no new folder is made there), and one anyone may write to', async () => {
    mkdirSync(join(att(), 'mine'));
    chownSync(att(), NOBODY, NOBODY);
    const below = await run(['export', id, '--out', join(att(), 'mine', 'new')]);
    expect([below.code, below.stderr.split('\n')[0]]).toEqual([2, `scm: refusing to write the private key into --out ${join(att(), 'mine', 'new')}: the folder ${att()} on its way belongs to user ${NOBODY}, not to you or root; they could swap the files after scm writes them`]);
    expect(existsSync(join(att(), 'mine', 'new'))).toBe(false);
    chownSync(att(), 0, 0);
    chmodSync(att(), 0o777);
    const open = await run(['export', id, '--out', att()]);
    expect([open.code, open.stderr.split('\n')[0]]).toEqual([2, `scm: refusing to write the private key into --out ${att()}: other users can write to it (mode 777, no sticky bit); they could swap the files after scm writes them`]);
    expect(await exports()).toBe(0);
  });

  it('a new folder below theirs: judged before it is made, so nothing is made there even for a moment; new folders are 0700', async () => {
    mkdirSync(join(att(), 'mine'));
    chownSync(att(), NOBODY, NOBODY);
    // Made and removed again would still change the folder's modification time: it must stay as set here.
    utimesSync(join(att(), 'mine'), new Date('2000-01-01T00:00:00Z'), new Date('2000-01-01T00:00:00Z'));
    const r = await run(['export', id, '--out', join(att(), 'mine', 'new', 'deeper')]);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `scm: refusing to write the private key into --out ${join(att(), 'mine', 'new', 'deeper')}: the folder ${att()} on its way belongs to user ${NOBODY}, not to you or root; they could swap the files after scm writes them`]);
    expect([statSync(join(att(), 'mine')).mtime.toISOString(), existsSync(join(att(), 'mine', 'new'))]).toEqual(['2000-01-01T00:00:00.000Z', false]);
    // The nearest folder that is there is theirs itself: said as a folder on the way, not as "it".
    const own = await run(['export', id, '--out', join(att(), 'new')]);
    expect([own.code, own.stderr.split('\n')[0], existsSync(join(att(), 'new'))]).toEqual([2, `scm: refusing to write the private key into --out ${join(att(), 'new')}: the folder ${att()} on its way belongs to user ${NOBODY}, not to you or root; they could swap the files after scm writes them`, false]);
    chownSync(att(), 0, 0);
    const ok = await run(['export', id, '--out', join(att(), 'mine', 'new', 'deeper')]);
    const mode = (p: string): string => (statSync(p).mode & 0o777).toString(8);
    expect([ok.code, mode(join(att(), 'mine', 'new')), mode(join(att(), 'mine', 'new', 'deeper')), await exports()]).toEqual([0, '700', '700', 1]);
  });

  it('a folder its group may write to: refused unless nobody else is in that group (a group /etc/group does not list included); root\'s own group is fine', async () => {
    chmodSync(att(), 0o775);
    chownSync(att(), 0, UNLISTED_GID);
    const r = await run(['export', id, '--out', att()]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `scm: refusing to write the private key into --out ${att()}: other users can write to it (mode 775, and its group ${UNLISTED_GID} is not in /etc/group, so who is in it cannot be told); they could swap the files after scm writes them\n${HINT}\n`]);
    const zh = await run(['export', id, '--out', att(), '--lang', 'zh']);
    expect([zh.code, zh.stderr.split('\n')[0]]).toEqual([2, `scm: 拒绝把私钥写入 --out ${att()}：其他用户可以写入它（权限 775，且其所属组 ${UNLISTED_GID} 不在 /etc/group 中，无法确定组里有谁）；别人可以在 scm 写入后替换这些文件`]);
    const below = await run(['export', id, '--out', join(att(), 'new')]);
    expect([below.code, below.stderr.split('\n')[0], existsSync(join(att(), 'new'))]).toEqual([2, `scm: refusing to write the private key into --out ${join(att(), 'new')}: other users can write to the folder ${att()} on its way (mode 775, and its group ${UNLISTED_GID} is not in /etc/group, so who is in it cannot be told); they could swap the files after scm writes them`, false]);
    expect(await exports()).toBe(0);
    chownSync(att(), 0, 0);
    const ok = await run(['export', id, '--out', att()]);
    expect([ok.code, existsSync(join(att(), 'privkey.pem')), await exports()]).toEqual([0, true, 1]);
  });

  it("through another user's symbolic link: refused; a sticky folder anyone may write to (as /tmp) is fine", async () => {
    const mine = join(t.dir, 'mine');
    mkdirSync(mine, { recursive: true });
    const link = join(t.dir, 'link');
    rmSync(link, { force: true });
    symlinkSync(mine, link);
    lchownSync(link, NOBODY, NOBODY); // the link itself: chown would follow it
    const r = await run(['export', id, '--out', link]);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `scm: refusing to write the private key into --out ${link}: it leads through the symbolic link ${link}, made by user ${NOBODY}, not by you or root; they could swap the files after scm writes them`]);
    chmodSync(att(), 0o1777);
    const ok = await run(['export', id, '--out', att()]);
    expect([ok.code, existsSync(join(att(), 'privkey.pem')), await exports()]).toEqual([0, true, 1]);
  });

  it('--out a device anyone may write to (/dev/null), or a file of root: said as no folder, not as a folder others could change', async () => {
    const dev = await run(['export', id, '--out', '/dev/null']);
    expect([dev.code, dev.stdout, dev.stderr]).toEqual([2, '', 'scm: --out /dev/null is not a folder\n']);
    const below = await run(['export', id, '--out', '/dev/null/certs']);
    expect([below.code, below.stderr]).toEqual([2, 'scm: cannot make the folder /dev/null/certs: a part of the path is a file, not a folder\n']);
    const zh = await run(['export', id, '--out', '/dev/null', '--lang', 'zh']);
    expect([zh.code, zh.stderr]).toEqual([2, 'scm: --out /dev/null 不是目录\n']);
    expect(await exports()).toBe(0);
  });
});
