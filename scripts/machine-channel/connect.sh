#!/usr/bin/env bash
# How a company's system connects to the portal, end to end, against the local run (bash scripts/run.sh,
# demo data): the operator signs in and creates an API client with the SMS code, then the "system" takes a
# token (OAuth 2.0 client credentials), lists its new letters, downloads one and reads the company's feed
# page by page until nothing is new. The SMS codes are read from the development outbox, as a person would
# read their phone. Needs bash, curl, jq. Docs: docs/machine-channel.md.
set -euo pipefail

BASE="${PORTALE_URL:-http://127.0.0.1:7071}"
USERNAME="${PORTALE_USERNAME:-demo.operatore}"
PASSWORD="${PORTALE_PASSWORD:-Sportello#2026}"
MOBILE="${PORTALE_MOBILE:-+393330000001}"
COMPANY="${PORTALE_COMPANY:-energia-demo}"
NAME="${PORTALE_CLIENT_NAME:-CRM di prova $(date +%H%M%S)}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

fail() { echo "connect.sh: $*" >&2; exit 1; }

# The newest 6-digit code sent by SMS to the mobile whose text contains $1.
latest_code() {
  curl -fsS "$BASE/api/dev/outbox?to=$(jq -rn --arg m "$MOBILE" '$m|@uri')" \
    | jq -r --arg about "$1" '[.items[] | select(.kind == "sms" and (.body | contains($about)))][0].body' \
    | grep -oE '\b[0-9]{6}\b' | head -1
}

echo "1. The operator signs in ($USERNAME) with the OTP sent by SMS."
step=$(curl -fsS -H 'Content-Type: application/json' \
  -d "$(jq -n --arg u "$USERNAME" --arg p "$PASSWORD" '{username: $u, password: $p}')" "$BASE/api/auth/login")
[ "$(jq -r .next <<<"$step")" = otp ] || fail "the sign-in asks for '$(jq -r .next <<<"$step")', not the OTP: finish it in the browser first"
challenge=$(jq -r .challengeId <<<"$step")
curl -fsS -D "$OUT/otp-headers" -o /dev/null -H 'Content-Type: application/json' \
  -d "$(jq -n --arg c "$challenge" --arg code "$(latest_code 'codice OTP')" '{challengeId: $c, code: $code}')" \
  "$BASE/api/auth/otp"
session=$(grep -i '^set-cookie: __Host-portale_session=' "$OUT/otp-headers" | sed -E 's/^[^=]+=([^;]+).*/\1/' | tr -d '\r')
[ -n "$session" ] || fail "no session cookie after the OTP"
operator=(-H "Cookie: __Host-portale_session=$session" -H 'X-Requested-With: portale')

echo "2. The operator creates the API client \"$NAME\" for $COMPANY, confirmed by the SMS code."
creation=$(curl -fsS -X POST "${operator[@]}" "$BASE/api/companies/$COMPANY/clients/code")
created=$(curl -fsS "${operator[@]}" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg c "$(jq -r .challengeId <<<"$creation")" --arg code "$(latest_code 'sistema collegato')" \
    --arg n "$NAME" '{challengeId: $c, code: $code, name: $n, permissions: ["read-letters", "send-answers"]}')" \
  "$BASE/api/companies/$COMPANY/clients")
CLIENT_ID=$(jq -r .client.clientId <<<"$created")
CLIENT_SECRET=$(jq -r .clientSecret <<<"$created")
echo "   client_id $CLIENT_ID (the secret is shown only now: the company's system keeps it)"

echo "3. The system takes a token (client credentials, HTTP Basic)."
token=$(curl -fsS -u "$CLIENT_ID:$CLIENT_SECRET" -d grant_type=client_credentials "$BASE/api/oauth/token")
ACCESS_TOKEN=$(jq -r .access_token <<<"$token")
echo "   token for $(jq -r .expires_in <<<"$token") seconds, scope: $(jq -r .scope <<<"$token")"
system=(-H "Authorization: Bearer $ACCESS_TOKEN")

echo "4. The system lists the new letters and downloads the first one."
letters=$(curl -fsS "${system[@]}" "$BASE/api/companies/$COMPANY/letters?section=new&pageSize=10")
echo "   $(jq -r .total <<<"$letters") new letters"
first=$(jq -r '.items[0].name // empty' <<<"$letters")
if [ -n "$first" ]; then
  curl -fsS "${system[@]}" -o "$OUT/$first" "$BASE/api/companies/$COMPANY/letters/$first/pdf"
  by=$(curl -fsS "${system[@]}" "$BASE/api/companies/$COMPANY/letters/$first" | jq -r .downloadedBy)
  echo "   $first: $(wc -c <"$OUT/$first") bytes, Utente Download \"$by\""
fi

echo "5. The system reads the company's feed from the start until nothing is new."
cursor=""
count=0
while :; do
  page=$(curl -fsS "${system[@]}" "$BASE/api/companies/$COMPANY/changes?pageSize=50${cursor:+&cursor=$(jq -rn --arg c "$cursor" '$c|@uri')}")
  jq -r '.items[] | "   \(.kind)\t\(.letter // .file // "")\t\(.at)"' <<<"$page"
  count=$((count + $(jq '.items | length' <<<"$page")))
  cursor=$(jq -r .nextCursor <<<"$page")
  [ "$(jq -r .hasMore <<<"$page")" = true ] || break
done
echo "   $count items; keep the cursor and ask again from it later: $cursor"
