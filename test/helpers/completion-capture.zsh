# Asks zsh's completion system for candidates (the zsh-capture-completion technique): an interactive
# `zsh -f -i` runs under zsh/zpty with compinit and the directory FPATH_DIR first on $fpath; compadd is
# wrapped to print every match it is given, then LINE is typed followed by <Tab>. Prints one candidate a line.
# usage: zsh -f completion-capture.zsh FPATH_DIR DUMP_FILE LINE
zmodload zsh/zpty || { print -u2 'zsh/zpty is missing'; exit 90 }
[[ $# == 3 ]] || { print -u2 'usage: completion-capture.zsh FPATH_DIR DUMP_FILE LINE'; exit 91 }

zpty capture zsh -f -i

# The setup runs inside the pty shell; it is written to a file so no quoting crosses the pty.
setup=${2}.setup.zsh
cat > $setup <<SETUP
PROMPT= RPROMPT=
fpath=(${(q)1} \$fpath)
autoload -Uz compinit && compinit -u -d ${(q)2}
bindkey '^M' undefined
bindkey '^J' undefined
bindkey '^I' complete-word
# A NUL line before and after the completion output frames it; after completing, the shell exits.
__capture_frame() { print -r -- \$'\0' }
compprefuncs=(__capture_frame)
comppostfuncs=(__capture_frame exit)
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
zstyle ':completion:*' list-separator ''
compadd() {
  # Calls that only collect matches into an array (-O, -A, -D) are internal: pass them through.
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
    builtin compadd "\$@"
    return
  fi
  local -a __hits
  builtin compadd -A __hits "\$@"
  # Add them for real too, so callers such as _files see matches and do not fall back to other tags.
  builtin compadd "\$@"
  local ret=\$?
  local -A apre hpre
  zparseopts -E P:=apre p:=hpre
  local h
  for h in \$__hits; do print -r -- "\${IPREFIX}\${apre[-P]}\${hpre[-p]}\$h"; done
  return ret
}
zmodload zsh/zutil
print ok
SETUP

zpty -w capture "source ${(q)setup}"
local line
repeat 50; do
  zpty -r capture line || break
  [[ $line == ok* ]] && break
done
[[ $line == ok* ]] || { print -u2 'zsh did not start'; exit 92 }

zpty -w -n capture "$3"$'\t'
integer framed=0
while zpty -r capture line; do
  if [[ $line == *$'\0'* ]]; then
    (( framed++ )) && break
    continue
  fi
  (( framed )) && print -r -- ${${line%$'\n'}%$'\r'}
done
zpty -d capture
exit 0
