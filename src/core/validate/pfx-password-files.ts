// The names CAs give the password file they ship beside a .pfx or a Java keystore: Tencent Cloud's and Huawei
// Cloud's IIS and Tomcat folders (keystorePass.txt), Aliyun's (pfx-password.txt beside its .pfx, jks-password.txt
// beside its .jks). When no password was given, the "needs a password" hint (or keytool's command for a keystore)
// names such a file as the --pfx-password-file to pass. It is never read unasked: a file the user did not choose
// is not trusted with their password (and lego writes none: its .pfx password is LEGO_PFX_PASSWORD).
// Only the names CAs use: a folder of test .pfx files beside a password.txt of the user's is their own business.

/** What the password opens: a PKCS#12 (.pfx/.p12) or a Java keystore (.jks). */
export type PasswordFor = 'pkcs12' | 'keystore';

// Best first: the file named for that kind of file, then Tencent's and Huawei's name for both, then the other kind's
// (both of Aliyun's downloads unpacked into one folder: each file's own password file).
const NAMES: Readonly<Record<PasswordFor, readonly string[]>> = {
  pkcs12: ['pfx-password.txt', 'keystorepass.txt', 'jks-password.txt'],
  keystore: ['jks-password.txt', 'keystorepass.txt', 'pfx-password.txt'],
};

const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).toLowerCase();

/** Those of `paths` named like a CA's password file (any case), in their order. */
export function passwordFilesAmong(paths: readonly string[]): string[] {
  return paths.filter((path) => NAMES.pkcs12.includes(baseName(path)));
}

/** The one of `paths` named like a CA's password file for `kind` (any case), the best named first; undefined if none. */
export function passwordFileAmong(paths: readonly string[], kind: PasswordFor = 'pkcs12'): string | undefined {
  for (const name of NAMES[kind]) {
    const found = paths.find((path) => baseName(path) === name);
    if (found !== undefined) return found;
  }
  return undefined;
}
