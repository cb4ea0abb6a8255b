// `scm completion bash|zsh|fish`: prints the completion script for one shell on stdout.
import type { Ctx } from '../../context.js';
import { listOf, t } from '../../core/i18n.js';
import { ExitCode, UsageError } from '../../errors.js';
import { M } from './messages.js';
import { completionScript } from './script.js';
import { SHELLS, type Shell } from './shells.js';
import { choiceOf } from '../choices.js';

export async function run({ args }: { args: string[] }, ctx: Ctx): Promise<number> {
  const given = args[0] ?? '';
  const shell = choiceOf(SHELLS, given) as Shell | undefined; // Bash as bash, as every choice is read
  if (!shell) throw new UsageError(t(ctx.lang, M.unknownShell, { shell: given }), { hint: t(ctx.lang, M.choose, { shells: listOf(ctx.lang, SHELLS) }) });
  ctx.stdout.write(completionScript(shell, ctx.lang));
  return ExitCode.OK;
}
