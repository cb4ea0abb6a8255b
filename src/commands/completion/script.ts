// `scm completion <shell>`: the script for one shell, generated from the command specs via the model.
import type { Lang } from '../../core/i18n.js';
import type { Shell } from './shells.js';
import { bashScript } from './bash.js';
import { fishScript } from './fish.js';
import { completionModel } from './model.js';
import { zshScript } from './zsh.js';

const GENERATORS: Record<Shell, typeof bashScript> = { bash: bashScript, zsh: zshScript, fish: fishScript };

export function completionScript(shell: Shell, lang: Lang = 'en'): string {
  return GENERATORS[shell](completionModel(lang));
}
