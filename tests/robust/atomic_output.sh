#!/usr/bin/env bash
# Scenarios for toc's output files (tools/toc/cli_output.*): a run that fails or is killed
# leaves the previous output byte for byte as it was and no temporary file; -o refuses the
# model's own files and folders; "-" is stdout.
#   atomic_output.sh TOC WORKDIR SCENARIO
set -uo pipefail
toc="$1"
work="$2"
scenario="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rm -rf "$work" && mkdir -p "$work/m" && cd "$work" || exit 2

fail() {
  echo "FAIL ($scenario): $*" >&2
  exit 1
}

# A valid model with `$1` extra activities: big enough that its DOT runs past a small ulimit -f.
write_model() {
  cp "$here/small.toml" m/strategy.toml
  for ((i = 0; i < $1; i++)); do
    printf '\n[activity.a%05d]\ntitle = "Generated activity %d with a title long enough to fill the diagram"\npriority = "p"\nleads_to = ["trained"]\n' "$i" "$i"
  done >>m/strategy.toml
}

previous() {
  printf 'the previous, good output\n' >"$1"
  cp "$1" "$1.expected"
}

# The previous output is unchanged and no temporary file is left next to it.
expect_untouched() {
  cmp -s "$1" "$1.expected" || fail "$1 changed"
  local temps
  temps="$(find "$(dirname "$1")" -name '.*.tmp-*')"
  [[ -z "$temps" ]] || fail "temporary files left: $temps"
}

# Runs toc; expects exit status $1 and stderr matching $2.
expect_run() {
  local want="$1" pattern="$2"
  shift 2
  "$toc" "$@" >out.txt 2>err.txt
  local status=$?
  [[ $status -eq $want ]] || fail "'toc $*' exited $status, expected $want: $(cat err.txt)"
  [[ -z "$pattern" ]] || grep -q -- "$pattern" err.txt || fail "'toc $*' stderr does not say '$pattern': $(cat err.txt)"
}

case "$scenario" in
  killed-by-file-size-limit)
    # The kernel sends SIGXFSZ while toc writes the temporary file: toc dies of it, after
    # removing the temporary file.
    write_model 3000
    previous out.dot
    (ulimit -f 64 && exec "$toc" render m/strategy.toml -o out.dot --format dot) 2>err.txt
    status=$?
    [[ $status -eq $((128 + 25)) ]] || fail "expected death by SIGXFSZ (153), got $status: $(cat err.txt)"
    expect_untouched out.dot
    ;;
  write-fails)
    # With SIGXFSZ ignored the write fails (EFBIG) instead: a clear error, exit 2.
    write_model 3000
    previous out.dot
    (trap '' XFSZ && ulimit -f 64 && exec "$toc" render m/strategy.toml -o out.dot --format dot) 2>err.txt
    status=$?
    [[ $status -eq 2 ]] || fail "expected exit 2, got $status: $(cat err.txt)"
    grep -q "cannot write 'out.dot': File too large" err.txt || fail "unexpected message: $(cat err.txt)"
    expect_untouched out.dot
    ;;
  model-with-errors)
    printf '[strategy]\nid = "x"\ntitle = "Broken"\n[activity.a]\ntitle = "A"\nleads_to = ["nowhere"]\n' >m/strategy.toml
    previous out.svg
    expect_run 1 "fix the errors above before rendering" render m/strategy.toml -o out.svg
    expect_untouched out.svg
    ;;
  refuses-model-file)
    write_model 1
    mkdir -p other && ln -s ../m/strategy.toml other/link.toml
    cp m/strategy.toml model.expected
    for target in m/strategy.toml ./m/../m/strategy.toml "$work/m/strategy.toml" other/link.toml; do
      expect_run 2 "refusing to write '$target': it is the model's file 'm/strategy.toml'" \
        render m/strategy.toml -o "$target" --format dot
      expect_run 2 "refusing to write '$target'" check m/strategy.toml -o "$target"
      cmp -s m/strategy.toml model.expected || fail "-o $target replaced the model"
    done
    ;;
  refuses-directory)
    write_model 1
    mkdir -p somedir
    expect_run 2 "cannot write 'somedir/': it is a directory" render m/strategy.toml -o somedir/ --format dot
    expect_run 2 "cannot write 'somedir': it is a directory" check m/strategy.toml -o somedir
    expect_run 2 "cannot write 'missing/': it is a directory" check m/strategy.toml -o missing/
    [[ -z "$(ls -A somedir)" ]] || fail "somedir is not empty"
    ;;
  dash-is-stdout)
    write_model 1
    expect_run 0 "" render m/strategy.toml -o - --format dot
    head -n 1 out.txt | grep -q '^digraph' || fail "no DOT on stdout: $(head -c 200 out.txt)"
    [[ ! -e ./- ]] || fail "wrote a file named '-'"
    ;;
  replaces-whole)
    # A good run replaces the previous output entirely, keeping its permissions.
    write_model 1
    previous out.dot
    chmod 640 out.dot
    expect_run 0 "" render m/strategy.toml -o out.dot --format dot
    head -n 1 out.dot | grep -q '^digraph' || fail "out.dot is not the new DOT"
    [[ "$(stat -c %a out.dot)" == 640 ]] || fail "mode changed to $(stat -c %a out.dot)"
    [[ -z "$(find . -name '.*.tmp-*')" ]] || fail "temporary files left"
    ;;
  *)
    fail "unknown scenario"
    ;;
esac
echo "ok ($scenario)"
