# Shared helpers for run.sh and test.sh. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'ERRORE: %s\n' "$*" >&2; exit 1; }

require_tools() {
  command -v dotnet >/dev/null || die "manca il .NET 10 SDK (https://dot.net): installalo e riprova."
  dotnet --list-sdks | grep -q '^10\.' || die "serve il .NET 10 SDK: trovato solo $(dotnet --list-sdks | tr '\n' ' ')"
  command -v node >/dev/null || die "manca Node.js 20 o più recente: installalo e riprova."
  command -v npm >/dev/null || die "manca npm: installalo insieme a Node.js e riprova."
}

# npm ci in a folder when its node_modules is missing or older than its lock file.
npm_install() {
  local dir="$1"
  if [[ ! -d "$dir/node_modules" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    say "npm ci in ${dir#$ROOT/}"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci non riuscito in $dir"
  fi
}

# The build first writes the API's types from openapi.json (npm "prebuild": api-types), then
# type-checks against them: a client out of step with the contract fails here, with tsc's errors shown.
build_web() {
  npm_install "$ROOT/web"
  say "PDF di Manuale e Moduli (web/public/documenti, dal Markdown del manuale)"
  dotnet run --project "$ROOT/tools/Portale.Documents" -v quiet -- "$ROOT/web/public/documenti" >/dev/null \
    || die "PDF di Manuale e Moduli non generati"
  say "build dell'interfaccia web (web/dist, tipi dell'API da openapi.json)"
  local log
  log=$(mktemp)
  # build:local keeps the staff console's development sign-in page (npm run build, for azd, drops it).
  if ! (cd "$ROOT/web" && npm run build:local --silent) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    die "build di web/ non riuscita"
  fi
  rm -f "$log"
}

install_azurite() { npm_install "$ROOT/scripts/azurite"; }

# The OpenAPI document's checker (swagger-parser at a locked version).
install_openapi_check() { npm_install "$ROOT/scripts/openapi"; }

AZURITE="$ROOT/scripts/azurite/node_modules/.bin/azurite"

# Stops a process (and its children) by pid: TERM first, KILL if it is still there (Azurite once ignored TERM).
stop_pid() {
  local pid="$1"
  [[ -z "$pid" ]] && return 0
  kill -0 "$pid" 2>/dev/null || return 0
  pkill -TERM -P "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  pkill -KILL -P "$pid" 2>/dev/null || true
  kill -KILL "$pid" 2>/dev/null || true
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
  local port="$1" tries="${2:-300}"
  for _ in $(seq 1 "$tries"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
