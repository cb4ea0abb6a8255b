// Each command's spec by the words that name it, for src/cli.ts: a command whose arguments are plain runs
// without commander (plain-args.ts), and loading only its own spec keeps a run to what it needs (commander
// and every spec are ~120 kB). registry.ts lists the same commands for commander; test/unit/lazy-specs.test.ts
// checks that the two agree.
import { checkSpec } from './check/spec.js';
import { explainSpec } from './explain/spec.js';
import type { CommandSpec } from './types.js';

type Loader = () => Promise<CommandSpec>;

// `scm explain` and `scm check` (the cron renewal gate) are the commands scripts call most: their specs are in
// the file every run reads rather than one more file of their own.
const explain: Loader = async () => explainSpec;

export const SPEC_LOADERS: Readonly<Record<string, Loader>> = {
  validate: async () => (await import('./validate/spec.js')).validateSpec,
  upload: async () => (await import('./upload/spec.js')).uploadSpec,
  push: async () => (await import('./push/spec.js')).pushSpec,
  list: async () => (await import('./list/spec.js')).listSpec,
  show: async () => (await import('./show/spec.js')).showSpec,
  delete: async () => (await import('./delete/spec.js')).deleteSpec,
  prune: async () => (await import('./prune/spec.js')).pruneSpec,
  export: async () => (await import('./export/spec.js')).exportSpec,
  notify: async () => (await import('./notify/spec.js')).notifySpec,
  deploy: async () => (await import('./deploy/spec.js')).deploySpec,
  rotate: async () => (await import('./rotate/spec.js')).rotateSpec,
  check: async () => checkSpec,
  'explain-error': explain,
  explain,
  config: async () => (await import('./config/spec.js')).configSpec,
  completion: async () => (await import('./completion/spec.js')).completionSpec,
  emulator: async () => (await import('./emulator/spec.js')).emulatorSpec,
};
