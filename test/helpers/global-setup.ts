// Runs once before the suite: the end-to-end tests need the built binary (npm test builds first; this
// only guards against a stale or missing dist/ when vitest is run on its own), and the validate tests
// need the generated certificates (scripts/gen-fixtures.mjs does nothing when they are up to date).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import generateFixtures from './fixtures-setup.js';

export default function setup(): void {
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` (or `npm test`, which builds first)');
  generateFixtures();
}
