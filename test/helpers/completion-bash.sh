# Asks bash's completion for candidates: sources SCRIPT, sets COMP_WORDS/COMP_CWORD/COMP_LINE/COMP_POINT as
# readline would for the words given (the last one is the word being completed, possibly empty), calls the
# function registered for `scm` and prints COMPREPLY, one candidate per line.
# usage: bash --norc --noprofile completion-bash.sh SCRIPT WORD...
set -u
source "$1" || exit 90
shift
spec=$(complete -p scm) || { echo 'no completion registered for scm' >&2; exit 91; }
fn=$(sed -E 's/.*-F ([^ ]+).*/\1/' <<<"$spec")
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
COMP_LINE="$*"
COMP_POINT=${#COMP_LINE}
COMP_TYPE=9
COMP_KEY=9
COMPREPLY=()
"$fn" scm "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
for reply in "${COMPREPLY[@]}"; do printf '%s\n' "$reply"; done
