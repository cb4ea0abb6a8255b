// SSH keys written as text that is no PEM: PuTTY's .ppk (PuTTYgen) and an OpenSSH public key line (id_rsa.pub,
// authorized_keys). Both turn up as --key when an SSH key is taken for the TLS one; said as what they are, not as
// a file that "holds no PEM block".
import { M } from './messages.js';

export type SshText = 'putty' | 'ssh-public';
/** An SSH key of a bundle's file: as text, or a PEM-like block (ssh-keygen's OPENSSH PRIVATE KEY, an SSH2 one). */
export type SshKind = SshText | 'OpenSSH' | 'SSH2';

const PUTTY = /^PuTTY-User-Key-File-\d+: \S+/;
const SSH_PUBLIC = /^(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) AAAA[0-9A-Za-z+/]+=*(?:\s|$)/;

/** Which SSH key text `text` is, by its first line; undefined for anything else. */
export function sshText(text: string): SshText | undefined {
  const first = text.trimStart().split(/\r?\n/, 1)[0] ?? '';
  if (PUTTY.test(first)) return 'putty';
  return SSH_PUBLIC.test(first) ? 'ssh-public' : undefined;
}

/** An SSH key of each kind, in words. */
export const SSH_WHAT = { putty: M.aPuttyKey, OpenSSH: M.anOpensshKey, SSH2: M.anSsh2Key, 'ssh-public': M.anSshPublicKey } as const;
