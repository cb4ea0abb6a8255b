// The names CAs give the password file they ship beside a .pfx: Tencent Cloud's and Huawei Cloud's IIS folder
// (keystorePass.txt), Aliyun's (pfx-password.txt). When no password was given, the "needs a password" hint
// names such a file as the --pfx-password-file to pass. It is never read unasked: a file the user did not
// choose is not trusted with their password (and lego writes none: its .pfx password is LEGO_PFX_PASSWORD).
// Only the names CAs use: a folder of test .pfx files beside a password.txt of the user's is their own business.
const NAMES: readonly string[] = ['keystorepass.txt', 'pfx-password.txt'];

const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** The first of `paths` named like a CA's password file (any case), if any. */
export function passwordFileAmong(paths: readonly string[]): string | undefined {
  return paths.find((path) => NAMES.includes(baseName(path).toLowerCase()));
}
