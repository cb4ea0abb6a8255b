// A JavaScript config the user named (or a TypeScript one compiled to .mjs), run once: import() of its
// resolved path, its default export (module.exports, for CommonJS). Not cosmiconfig's loadJs: when import()
// throws, it tries require() next, so a config whose top level threw ran a second time (whatever it does, done
// twice) and the error said was the second one. Node 20 imports CommonJS and ES modules alike: nothing to
// fall back to.
import { pathToFileURL } from 'node:url';

export async function loadJs(real: string): Promise<unknown> {
  // import() of anything but a string: scripts/build.mjs hands it to bin/scm.js, which imports it natively.
  return ((await import(pathToFileURL(real).href)) as { default?: unknown }).default;
}
