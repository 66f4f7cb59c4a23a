#!/usr/bin/env bash
# Runs every test: Bicep build + lint, the OpenAPI document's checks, the web unit tests (vitest) and
# lint (eslint), and the .NET suites (unit, integration over HTTP on the local host with Azurite, each
# response checked against openapi.json, browser tests in Chromium).
# Installs what is missing (npm packages, Azurite, Chromium when run as root on Debian).
# The last line is the total over every runner: "N passed, N failed, N skipped".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

RESULTS="$ROOT/.test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
PASSED=0 FAILED=0 SKIPPED=0
add() { PASSED=$((PASSED + $1)); FAILED=$((FAILED + $2)); SKIPPED=$((SKIPPED + ${3:-0})); }

require_tools
if [[ ! -x /usr/bin/chromium ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    say "installazione di Chromium (apt) per i test nel browser"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || die "installazione di Chromium non riuscita"
  else
    die "serve Chromium in /usr/bin/chromium per i test nel browser (Debian: sudo apt-get install chromium)"
  fi
fi
install_azurite
install_openapi_check
build_web

say "Bicep: build e lint di infra/"
if bash "$ROOT/scripts/bicep.sh" >"$RESULTS/bicep.log" 2>&1; then
  files=$(grep -oE '[0-9]+ files built and linted' "$RESULTS/bicep.log" | grep -oE '^[0-9]+' || echo 1)
  add "$files" 0
else
  cat "$RESULTS/bicep.log" >&2
  add 0 1
fi
tail -n 1 "$RESULTS/bicep.log" >&2

say "OpenAPI: controlli di functions/Portale.Functions/openapi.json"
node "$ROOT/scripts/openapi/check.mjs" >"$RESULTS/openapi.log" 2>&1
cat "$RESULTS/openapi.log" >&2
if totals=$(tail -n 1 "$RESULTS/openapi.log" | grep -xE '[0-9]+ passed, [0-9]+ failed'); then
  read -r p _ f _ <<<"${totals//,/}"
  add "$p" "$f"
else
  add 0 1
fi

say "test dell'interfaccia web (vitest)"
(cd "$ROOT/web" && npx vitest run --reporter=default --reporter=json --outputFile.json="$RESULTS/vitest.json") >&2
if [[ -f "$RESULTS/vitest.json" ]]; then
  read -r p f s < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests,r.numFailedTests+(r.numTotalTestSuites&&r.success===false&&r.numFailedTests===0?1:0),r.numPendingTests+r.numTodoTests)' "$RESULTS/vitest.json")
  add "$p" "$f" "$s"
else
  add 0 1
fi

say "lint dell'interfaccia web (eslint)"
# One result per file linted: passed when eslint has nothing to say about it (warnings included).
(cd "$ROOT/web" && npx eslint . --format json --output-file "$RESULTS/eslint.json") >&2
if [[ -s "$RESULTS/eslint.json" ]]; then
  read -r p f < <(node -e '
    const files = require(process.argv[1]);
    const bad = files.filter((f) => f.errorCount + f.warningCount > 0);
    for (const f of bad)
      for (const m of f.messages) console.error(`${f.filePath}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
    console.log(files.length - bad.length, bad.length);' "$RESULTS/eslint.json")
  add "$p" "$f"
else
  add 0 1
fi

say "test .NET (unità, integrazione con Azurite, browser)"
dotnet build "$ROOT/Portale.sln" --nologo -v quiet -clp:ErrorsOnly >&2 || { add 0 1; }
# One test project after another: the browser tests drive Chromium against a local host, and on a
# small CI machine (2 cores) running them beside the integration suite made their waits time out.
for project in "$ROOT"/tests/*/*Tests.csproj; do
  dotnet test "$project" --no-build --nologo --logger "trx" --results-directory "$RESULTS/dotnet" >&2
done
shopt -s nullglob
trx=("$RESULTS"/dotnet/*.trx)
[[ ${#trx[@]} -eq 0 ]] && add 0 1
for file in "${trx[@]}"; do
  counters=$(grep -oE '<Counters [^>]*>' "$file")
  get() { echo "$counters" | grep -oE " $1=\"[0-9]+\"" | grep -oE '[0-9]+'; }
  add "$(get passed)" "$(( $(get failed) + $(get error) + $(get timeout) + $(get aborted) ))" "$(get notExecuted)"
done
# Which documented operations the integration tests' checked responses exercised (written by the tests).
coverage="$RESULTS/openapi-coverage.Portale.IntegrationTests.txt"
[[ -f "$coverage" ]] && sed '/^Exercised/,$d' "$coverage" >&2

echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
[[ $FAILED -eq 0 ]]
