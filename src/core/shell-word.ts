// A word as a POSIX shell (bash, sh) reads it back, for text a person or a script pastes into a shell: the bash
// completion script's tables and the command a renewal hook's failure tells the user to run by hand.

/** The word as it is when plainly safe, else in single quotes ('*.example.com', it'\''s). */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9._+@%/:=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
