// Asks real bash, zsh and fish for the completions of a command line, with the checked-in scripts in
// completions/ loaded as users load them. Returns the candidates, deduplicated, in the order given.
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './run-cli.js';

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

/** The checked-in script of each shell (written by scripts/gen-completions.mjs). */
export const COMPLETION_FILES: Record<CompletionShell, string> = {
  bash: join(ROOT, 'completions/scm.bash'),
  zsh: join(ROOT, 'completions/_scm'),
  fish: join(ROOT, 'completions/scm.fish'),
};

const BASH_DRIVER = fileURLToPath(new URL('./completion-bash.sh', import.meta.url));
const ZSH_DRIVER = fileURLToPath(new URL('./completion-capture.zsh', import.meta.url));

export interface CompleteOptions {
  /** Directory the shell runs in (file completion is relative to it). */
  cwd: string;
  /** A scratch HOME (and XDG dirs) so no user configuration leaks in and nothing is written elsewhere. */
  home: string;
  /** Put first on PATH: lets a test plant decoy `scm`/`node` programs that record being run. */
  pathPrefix?: string;
}

function exec(cmd: string, args: string[], options: CompleteOptions): Promise<string> {
  const { home } = options;
  const path = [options.pathPrefix, process.env.PATH ?? '/usr/bin:/bin'].filter(Boolean).join(delimiter);
  const env = { PATH: path, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_CACHE_HOME: home, LANG: 'C.UTF-8', TERM: 'dumb' };
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Anything on stderr is the completion script failing (a syntax error, an unknown command).
      if (code !== 0 || stderr.trim() !== '') reject(new Error(`${cmd} ${args.join(' ')}: exit ${code ?? signal}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** How readline splits the line into COMP_WORDS: at spaces, and `=` (in COMP_WORDBREAKS) as a word of its own. */
export function bashWords(line: string): string[] {
  return line.split(' ').flatMap((word) => word.split(/(=)/).filter((part, _, parts) => part !== '' || parts.length === 1));
}

function candidates(output: string, shell: CompletionShell): string[] {
  const lines = output.split('\n').map((line) => (shell === 'fish' ? line.split('\t')[0]! : line).trim());
  return [...new Set(lines.filter((line) => line !== ''))];
}

/** The candidates `shell` offers for `line` (the cursor is at its end; end with a space for a new word). */
export async function complete(shell: CompletionShell, line: string, options: CompleteOptions): Promise<string[]> {
  const script = COMPLETION_FILES[shell];
  switch (shell) {
    case 'bash':
      return candidates(await exec('bash', ['--norc', '--noprofile', BASH_DRIVER, script, ...bashWords(line)], options), shell);
    case 'zsh':
      return candidates(await exec('zsh', ['-f', ZSH_DRIVER, join(ROOT, 'completions'), join(options.home, 'zcompdump'), line], options), shell);
    case 'fish':
      return candidates(await exec('fish', ['-c', 'source $argv[1]; and complete -C $argv[2]', script, line], options), shell);
  }
}

/** `shell -n`: the script parses. */
export async function syntaxCheck(shell: CompletionShell, options: CompleteOptions): Promise<void> {
  await exec(shell, ['-n', COMPLETION_FILES[shell]], options);
}
