// What commander hands a command's run() for an argv: the run itself is replaced by a recorder. The plain
// reader (src/commands/plain-args.ts) must answer the same whenever it answers.
import { expect, vi } from 'vitest';
import type { CommandSpec } from '../../src/commands/types.js';
import type { Ctx } from '../../src/context.js';
import { PLAIN } from '../../src/io/style.js';
import { runProgram } from '../../src/program.js';

export interface RunInput {
  args: string[];
  opts: Record<string, unknown>;
}

export async function viaCommander(spec: CommandSpec, argv: string[]): Promise<RunInput> {
  let input: RunInput | undefined;
  vi.spyOn(spec, 'load').mockResolvedValue({ run: async (i) => ((input = i), 0) });
  const sink = { write: () => {}, isTTY: false };
  const ctx = { stdout: sink, stderr: sink, env: {}, cwd: '/', now: () => new Date(), lang: 'en', style: PLAIN, errStyle: PLAIN, debug: false, noInput: true, signal: new AbortController().signal } as unknown as Ctx;
  expect(await runProgram(argv, ctx, { version: '0', usageError: (m) => m })).toBe(0);
  return input!;
}

/** What commander throws for an argv it refuses before the run (the run is replaced, and must not be reached). */
export async function refusedByCommander(spec: CommandSpec, argv: string[]): Promise<unknown> {
  const run = vi.fn(async () => 0);
  vi.spyOn(spec, 'load').mockResolvedValue({ run });
  const sink = { write: () => {}, isTTY: false };
  const ctx = { stdout: sink, stderr: sink, env: {}, cwd: '/', now: () => new Date(), lang: 'en', style: PLAIN, errStyle: PLAIN, debug: false, noInput: true, signal: new AbortController().signal } as unknown as Ctx;
  const refused = await runProgram(argv, ctx, { version: '0', usageError: (m) => m }).then(
    (status) => new Error(`exit ${status}, not refused`),
    (e: unknown) => e,
  );
  expect(run).not.toHaveBeenCalled();
  return refused;
}
