// A word as a POSIX shell (bash, sh) reads it back, for text a person or a script pastes into a shell: the bash
// completion script's tables, the command a renewal hook's failure tells the user to run by hand, and every
// path or value a hint puts inside a command (`chmod go-w …`, `scm validate …`, `openssl …`, `keytool …`), so
// that a folder named "my certs" or "o'brien" pastes as-is. Plain prose mentions of a path stay unquoted.

/** The word as it is when plainly safe, else in single quotes ('*.example.com', it'\''s). */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9._+@%/:=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
