// A bundle of one file that is the wrong file: a CSR, a public key, DH parameters (never sent), or notes, an empty
// file, bytes that are nothing of a bundle's, an SSH key (a .ppk, ssh-keygen's id_rsa or its .pub). One cause, one
// finding: a cert-missing that says what the file is, not "holds no certificate" and "holds no private key" beside it. A lone key, chain or fullchain is part of a
// bundle: what it lacks is said as for any bundle (a chain file lacks the leaf and the key, two things to give).
import type { Findings } from './findings.js';
import { M } from './messages.js';
import { CSR } from './not-sent.js';
import { describeLabel } from './block-labels.js';
import type { Overrides, Pool } from './pool.js';
import type { Scanned } from './scan.js';
import { sourceName } from './model.js';
import { SSH_WHAT, type SshKind } from './ssh-text.js';


export interface WrongFile {
  source: string;
  /** What it holds that is never sent (not-sent.ts); else `form`: how its bytes read (empty, text, binary). */
  labels?: string[];
  form?: Scanned['form'];
  /** An SSH key alone (a .ppk, an OpenSSH key, id_rsa.pub's line): the key for a server's login taken for the bundle. */
  ssh?: SshKind;
  /** Files that hold SSH keys, among others that hold nothing of a bundle (`source` lists them all). */
  sshFiles?: string;
  /** Files that hold nothing of a bundle (`source` lists them). */
  nothing?: true;
  /** Files that hold nothing of a bundle but CSRs (these, by name). */
  csrs?: string;
}

/**
 * The one file of a bundle (`looked`: its files), when it is the wrong file: nothing of a bundle read from it; or
 * files that hold SSH keys and nothing else of a bundle (`scm validate ~/.ssh`), or nothing of one at all: one
 * wrong set, said once.
 */
export function wrongFileOf(pool: Pool, looked: string[], forced: Overrides, f: Findings): WrongFile | undefined {
  if (looked.length === 0 || forced.forcedLeaf || forced.keyGiven) return undefined;
  const single = looked.length === 1 ? looked[0] : undefined;
  // An SSH private key is a key problem too (it cannot be read as a TLS key): here the SSH keys are all there is.
  const ssh = pool.ssh ?? [];
  const sshOnly = ssh.length > 0 && pool.keyProblems.sorted().length === ssh.filter((s) => s.kind !== 'ssh-public').length;
  const read = pool.certs.length + pool.keys.length + pool.faults.length + (sshOnly ? 0 : pool.keyProblems.sorted().length) + (pool.setAside?.length ?? 0) + (pool.pfx?.length ?? 0);
  if (read > 0) return undefined;
  const notSent = pool.notSent ?? [];
  if (sshOnly && notSent.length === 0) {
    const sep = f.say(M.listSeparator);
    return single !== undefined ? { source: single, ssh: ssh[0]!.kind } : { source: looked.join(sep), sshFiles: ssh.map((s) => sourceName(s.source)).join(sep) };
  }
  // Files that hold nothing of a bundle at all (notes, empty files): the wrong folder, said once.
  // Or a CSR and nothing else of one (the certificate not issued yet, the key where the CSR was made): said once.
  if (single === undefined) {
    const sep = f.say(M.listSeparator);
    if (notSent.length === 0) return { source: looked.join(sep), nothing: true };
    return notSent.every((n) => n.labels.includes(CSR)) ? { source: looked.join(sep), csrs: notSent.map((n) => sourceName(n.source)).join(sep) } : undefined;
  }
  if (notSent.length === 1) return { source: single, labels: notSent[0]!.labels };
  return notSent.length === 0 && pool.forms?.length === 1 ? { source: single, form: pool.forms[0]! } : undefined;
}

/** Its one finding: what it holds (a CSR: what the CA sends back for it), or that it is empty, text or binary. */
export function sayWrongFile(w: WrongFile, f: Findings): void {
  if (w.ssh) return f.add('cert-missing', M.loneSsh, { source: w.source, what: f.say(SSH_WHAT[w.ssh]) });
  if (w.csrs) return f.add('cert-missing', M.certNotAmongCsr, { files: w.source, csr: w.csrs });
  if (w.nothing) return f.add('cert-missing', M.nothingAmong, { files: w.source });
  if (w.sshFiles) return f.add('cert-missing', M.sshFiles, { files: w.source, ssh: w.sshFiles });
  if (w.labels) {
    const held = w.labels.map((l) => f.say(M.aThing, { what: describeLabel(l, f) })).join(f.say(M.listSeparator));
    return f.add('cert-missing', w.labels.includes(CSR) ? M.csrNotCert : M.onlyOther, { source: w.source, held });
  }
  f.add('cert-missing', w.form === 'empty' ? M.emptyInput : w.form === 'text' ? M.loneText : M.loneBinary, { source: w.source });
}
