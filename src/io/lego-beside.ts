// lego's certificate resource (<name>.json) beside a .pfx given with --pfx or as a file argument: core opens that
// .pfx with lego's default password when the .json is lego's (core/validate/lego-pfx.ts). A bundle folder's .json
// is among its files already. Read only when no password was given; a .json that is not there, or cannot be read,
// is no lego resource (nothing said).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RawInput } from '../core/validate/types.js';
import { isStdinPath, readInput, type ReadContext } from './read-input.js';

/** The <name>.json beside each <name>.pfx of `paths` that has one (small files only). */
export async function legoResourcesBeside(paths: readonly string[], ctx: ReadContext): Promise<RawInput[]> {
  const found: RawInput[] = [];
  for (const path of paths) {
    if (isStdinPath(path) || !/\.pfx$/i.test(path)) continue;
    const json = `${path.slice(0, -'.pfx'.length)}.json`;
    try {
      const info = statSync(resolve(ctx.cwd, json));
      if (info.isFile() && info.size <= 64 * 1024) found.push(await readInput(json, ctx, 64 * 1024));
    } catch {
      // No .json beside it (or one that cannot be read): not lego's layout.
    }
  }
  return found;
}
