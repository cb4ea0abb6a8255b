// Under a renewal hook (`upload --from`), a failure's hint ends with the command that finishes the job by hand.
// The hook's own command reads RENEWED_* (or LEGO_*, CERT_*) from an environment the person reading the log
// does not have, and the ACME client does not run the hook again for this certificate, so "run the upload
// again" leaves them with nothing to run. The command names the files the hook read; with --if-changed (and
// rotate, which uploads as it would) it never imports twice and pushes or deploys only what is missing.
import { resolve } from 'node:path';
import { t, type Lang } from '../../core/i18n.js';
import { shellWord } from '../../core/shell-word.js';
import type { AcmeInputs } from '../../core/acme/sources.js';
import { ExitCode, ScmCliError, UntrustedFolderError, withHint } from '../../errors.js';
import { HOOK } from './messages.js';

export interface HookOptions {
  /** --config FILE: the rerun must read the same settings (the same account and endpoint). */
  config?: string;
  push?: string[];
  wafType?: string;
  enterpriseProjectId?: string;
  region?: string;
  endpoint?: string;
}

/**
 * `scm upload --cert ... --if-changed ...`, or with rotate `scm rotate --domain D --cert ...`, as shell words. The
 * files by their absolute paths (from `cwd`, the hook's): lego gives them as its --path was written (`--path
 * ./certs`), and whoever reads the log runs the command from another folder.
 */
export function hookFinishCommand(acme: Pick<AcmeInputs, 'cert' | 'key' | 'chain'>, name: string, o: HookOptions, cwd: string, rotateDomain?: string): string {
  const words = rotateDomain === undefined ? ['scm', 'upload'] : ['scm', 'rotate', '--domain', rotateDomain];
  const file = (path: string): string => resolve(cwd, path);
  words.push('--cert', file(acme.cert), '--key', file(acme.key), ...(acme.chain !== undefined ? ['--chain', file(acme.chain)] : []), '--name', name);
  if (rotateDomain === undefined) words.push('--if-changed', ...(o.push ?? []).flatMap((p) => ['--push', p]));
  else if (o.wafType) words.push('--waf-type', o.wafType);
  if (o.enterpriseProjectId) words.push('--enterprise-project-id', o.enterpriseProjectId);
  if (o.config !== undefined) words.push('--config', file(o.config));
  if (o.region !== undefined) words.push('--region', o.region);
  if (o.endpoint !== undefined) words.push('--endpoint', o.endpoint);
  return words.map(shellWord).join(' ');
}

const FINISHABLE: readonly number[] = [ExitCode.AUTH, ExitCode.API, ExitCode.NETWORK];

/**
 * The error with the command added to its hint, when it is a credentials, API or network failure, or a lock folder
 * refused (nothing sent: once the folder is fixed, the command does the whole job).
 */
export function withHookFinish(e: unknown, cmd: string, lang: Lang): unknown {
  if (!(e instanceof ScmCliError) || !(FINISHABLE.includes(e.exitCode) || e instanceof UntrustedFolderError)) return e;
  return withHint(e, e.hint ? t(lang, HOOK.hookFinish, { hint: e.hint, cmd }) : t(lang, HOOK.hookFinishAlone, { cmd }));
}
