#!/usr/bin/env bash
# Starts the portal locally: Azurite (data kept in .data/azurite), the local host on
# http://127.0.0.1:7071 with the web app and demo data. Ctrl-C stops everything.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

URL="${PORTALE_URL:-http://127.0.0.1:7071}"
require_tools
install_azurite
build_web
say "build del back end (al primo avvio alcuni minuti: ogni progetto compilato è indicato qui sotto)"
# Minimal verbosity prints one line per project built: progress while the first build runs.
dotnet build "$ROOT/functions/Portale.LocalHost" -c Debug --nologo -v minimal -clp:NoSummary \
  | grep --line-buffered -E ' -> |error' || die "build non riuscita"

BLOB_PORT=10000 QUEUE_PORT=10001 TABLE_PORT=10002
if ! port_free $BLOB_PORT || ! port_free $QUEUE_PORT || ! port_free $TABLE_PORT; then
  die "le porte 10000-10002 di Azurite sono occupate: chiudi l'altro emulatore e riprova."
fi
mkdir -p "$ROOT/.data/azurite"
say "avvio di Azurite (dati in .data/azurite)"
"$AZURITE" --skipApiVersionCheck --silent --loose --location "$ROOT/.data/azurite" \
  --blobHost 127.0.0.1 --blobPort $BLOB_PORT --queueHost 127.0.0.1 --queuePort $QUEUE_PORT \
  --tableHost 127.0.0.1 --tablePort $TABLE_PORT >"$ROOT/.data/azurite.log" 2>&1 &
AZURITE_PID=$!
HOST_PID=""
cleanup() {
  trap - INT TERM EXIT
  say "arresto in corso"
  stop_pid "$HOST_PID"
  stop_pid "$AZURITE_PID"
}
trap cleanup INT TERM EXIT
wait_port $BLOB_PORT && wait_port $TABLE_PORT || die "Azurite non è partito: vedi .data/azurite.log"

export AzureWebJobsStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE_PORT/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
export ASPNETCORE_ENVIRONMENT=Development
export Portale__Demo__Seed=true
export Portale__Messaging__Mode="${Portale__Messaging__Mode:-outbox}"
export Portale__LocalHost__WebRoot="$ROOT/web/dist"

say "avvio del portale"
(cd "$ROOT" && exec dotnet "$ROOT/functions/Portale.LocalHost/bin/Debug/net10.0/Portale.LocalHost.dll" --urls "$URL" --Logging:LogLevel:Microsoft.AspNetCore=Warning --Logging:LogLevel:Microsoft.Hosting=Warning "$@") &
HOST_PID=$!
PORT="${URL##*:}"
wait_port "$PORT" 600 || die "il portale non risponde su $URL"
cat <<TXT

  Portale Operatori-Gestori in esecuzione
  - Apri:            $URL/
  - API:             $URL/api/health  ·  $URL/api/openapi.json
  - Accesso operatore demo: username demo.operatore  password Sportello#2026
                     il codice OTP arriva nell'outbox: $URL/api/dev/outbox
                     opera per le società energia-demo e acqua-demo (lettere in ogni sezione)
  - Personale Sportello: POST $URL/admin/token {"name":"Mario Rossi","roles":["BackOffice","HelpDesk"]}
  - Email e SMS:     $URL/api/dev/outbox (nessun messaggio esce davvero)
  - Orologio:        POST $URL/admin/clock {"now":"2026-03-10T01:30:00+01:00"}
  Ctrl-C per fermare portale e Azurite.

TXT
wait "$HOST_PID"
