// `scm completion bash|zsh|fish`: prints the completion script for one shell on stdout.
import type { Ctx } from '../../context.js';
import { ExitCode, UsageError } from '../../errors.js';
import { completionScript } from './script.js';
import { SHELLS, type Shell } from './shells.js';

const isShell = (name: string): name is Shell => (SHELLS as readonly string[]).includes(name);

export async function run({ args }: { args: string[] }, ctx: Ctx): Promise<number> {
  const shell = args[0] ?? '';
  if (!isShell(shell)) throw new UsageError(`unknown shell '${shell}'`, { hint: `choose one of ${SHELLS.join(', ')}` });
  ctx.stdout.write(completionScript(shell));
  return ExitCode.OK;
}
