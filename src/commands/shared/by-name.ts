// A certificate's name given where its id is wanted (`scm show shop-2026`, `scm rotate shop-2026 --to …`,
// `scm deploy shop-2026 …`): the one hint every command taking ids gives then, how to find the id by the name.
import { ID_LIKE } from '../../core/cert-id.js';
import { t, type Lang } from '../../core/i18n.js';
import { shellWord } from '../../core/shell-word.js';
import { withHint } from '../../errors.js';
import { ID } from './messages.js';

/**
 * `scm list --search NAME -q` for `value`, or nothing when it reads as an id mistyped (scs and digits: its own
 * message says so), as a path (a `/`: no certificate name has one), or cannot be searched for (empty, an option).
 * SCM's keyword search covers names and domains.
 */
export function byNameHint(value: string, lang: Lang): string | undefined {
  const name = value.trim();
  if (name === '' || name.startsWith('-') || name.includes('/') || ID_LIKE.test(name)) return undefined;
  return t(lang, ID.byName, { name, command: `scm list --search ${shellWord(name)} -q` });
}

/** `e` with that hint instead of its own, when `value` may be a name. */
export function withByNameHint(e: unknown, value: string | undefined, lang: Lang): unknown {
  const hint = value === undefined ? undefined : byNameHint(value, lang);
  return hint === undefined ? e : withHint(e, hint);
}
