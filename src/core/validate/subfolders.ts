// A bundle folder whose top holds no bundle but whose folders do (a CA's download unpacked as it comes: Apache/
// IIS/ Nginx/ Tomcat/; lego's --path, a zip unpacked twice: one folder): the error that names those folders and suggests one. Shared by io (a top with no files at
// all) and classify.ts (a top with only a CSR or a note).
import type { Lang } from '../i18n.js';
import { shellWord } from '../shell-word.js';
import { InputError } from '../../errors.js';
import { Findings } from './findings.js';
import { M } from './messages.js';

/**
 * nginx's folder, by its own name: `Nginx`, a level further down (`www.example.com/Nginx`, Tencent Cloud's zip
 * unpacked into a folder of its own) or ending in `_nginx` (Aliyun's `1234_www.example.com_nginx`).
 */
const NGINX = /(^|\/|[_.-])nginx$/i;

/** The suggestion: nginx's folder when there is one (what SCM's targets take: PEM and a key), else the first. */
export function subfolderAdvice(dir: string, folders: string[], lang: Lang, top: string[] = []): InputError {
  const f = new Findings(lang);
  const pick = folders.find((d) => NGINX.test(d)) ?? folders[0]!;
  const path = `${dir.replace(/\/+$/, '')}/${pick}`;
  const topText = top.length > 0 ? f.say(M.inSubfoldersTop, { files: top.join(f.say(M.listSeparator)) }) : '';
  if (folders.length === 1) return new InputError(f.say(M.inSubfolder, { dir, top: topText, folder: pick }), { path: dir, hint: f.say(M.inSubfolderHint, { path: shellWord(path) }) });
  return new InputError(f.say(M.inSubfolders, { dir, top: topText, folders: folders.join(f.say(M.listSeparator)) }), { path: dir, hint: f.say(M.inSubfoldersHint, { path: shellWord(path) }) });
}

