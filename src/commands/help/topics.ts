// `scm help <topic>`: cross-cutting help that belongs to no single command.
import { UsageError } from '../../errors.js';
import { ENVIRONMENT } from './environment.js';
import { EXIT_CODE_TABLE } from './exit-codes.js';

function environment(): string {
  const blocks = ENVIRONMENT.map(({ group, vars }) => `${group}:\n${vars.map((v) => `  ${v.names.join(', ')}\n      ${v.meaning}`).join('\n')}`);
  return `Environment variables scm reads. For a setting, a flag wins over the environment, which wins over the config files.\n\n${blocks.join('\n\n')}\n`;
}

export const HELP_TOPICS: Record<string, () => string> = {
  'exit-codes': () =>
    `Exit codes (stable; scripts may rely on them):\n${EXIT_CODE_TABLE.map((row) => `  ${String(row.code).padStart(3)}  ${row.meaning}`).join('\n')}\n`,
  environment,
};

export function helpTopic(topic: string): string {
  const render = HELP_TOPICS[topic];
  if (!render) throw new UsageError(`unknown help topic '${topic}'`, { hint: `topics: ${Object.keys(HELP_TOPICS).join(', ')}; or a command name` });
  return render();
}
