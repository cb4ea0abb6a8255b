// Options and arguments with fixed choices take them in any case (`--waf-type Cloud`, `--status upload`,
// `--lang ZH`, `scm completion Bash`), as `--service waf` always did: the value becomes the choice as the spec
// spells it, so what is sent, shown and put in JSON never changes. Only ASCII letters fold (a Kelvin sign is
// not a K). program.ts (commander) and plain-args.ts read choices through this, so both agree.

const fold = (s: string): string => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/** The choice `text` names, in the spec's spelling, or undefined when it names none. */
export function choiceOf(choices: readonly string[], text: string): string | undefined {
  return choices.includes(text) ? text : choices.find((c) => fold(c) === fold(text));
}
