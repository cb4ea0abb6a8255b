// `scm push ID --service ELB --project cn-north-4 cn-east-3`: --project takes one region per flag, so the second
// region is read as a second certificate id and commander says only "too many arguments". The usage error now
// says how several projects (and several certificates) are given, in English and Chinese; nothing is sent.
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const ID = 'scs1700000000001';

it('regions after one --project: exit 2 with a hint to repeat --project or join them with commas (en)', async () => {
  const r = await runCli(['push', ID, '--service', 'ELB', '--project', 'cn-north-4', 'cn-east-3']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe("scm: too many arguments for 'push': it takes 1, got 2\n"
    + 'hint: scm push takes one certificate id (push each certificate with its own scm push); give several projects as --project cn-north-4 --project cn-east-3, or --project cn-north-4,cn-east-3\n');
});

it('in Chinese, and in --json', async () => {
  const r = await runCli(['push', ID, '--service', 'ELB', '--project', 'cn-north-4', 'cn-east-3', '--lang', 'zh', '--json']);
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stderr.trim()).error).toMatchObject({ type: 'UsageError', hint: '`scm push` 只接受一个证书 ID（每张证书各用一条 `scm push` 推送）；多个项目请写成 `--project cn-north-4 --project cn-east-3` 或 `--project cn-north-4,cn-east-3`' });
});
