#!/bin/sh
# postdeploy.sh — run by azd after `azd deploy` / `azd up` (see azure.yaml). Creates or updates
# the Event Grid subscription that delivers BlobCreated events of the `incoming` container to
# the Function App's Event Grid blob trigger.
#
# Why here and not in Bicep: the webhook URL must carry the app's `blobs_extension` system key,
# which the Functions host creates only when it first starts with the deployed code. So, after
# deploy: wake the app, wait for the key, then PUT the subscription (idempotent; re-running
# rotates nothing). Event Grid validates the webhook with a handshake the blob extension answers.
#
# Needs only azd (already signed in with `azd auth login`) and curl: the ARM token comes from
# `azd auth token`, the calls go straight to the ARM REST API. No Azure CLI.
# Reads azd environment values (main.bicep outputs): AZURE_SUBSCRIPTION_ID, AZURE_RESOURCE_GROUP,
# AZURE_FUNCTION_APP_NAME, AZURE_EVENTGRID_SYSTEM_TOPIC_NAME, PORTALE_INCOMING_CONTAINER,
# PORTALE_BLOB_TRIGGER_FUNCTION.
set -eu

for v in AZURE_SUBSCRIPTION_ID AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME \
  AZURE_EVENTGRID_SYSTEM_TOPIC_NAME PORTALE_INCOMING_CONTAINER PORTALE_BLOB_TRIGGER_FUNCTION; do
  eval "val=\${$v:-}"
  if [ -z "$val" ]; then echo "postdeploy: $v is not set; run 'azd provision' first." >&2; exit 1; fi
done
command -v curl >/dev/null 2>&1 || { echo "postdeploy: curl is required." >&2; exit 1; }

ARM="${AZURE_RESOURCE_MANAGER_ENDPOINT:-https://management.azure.com}"
ARM="${ARM%/}"
RG_PATH="$ARM/subscriptions/$AZURE_SUBSCRIPTION_ID/resourceGroups/$AZURE_RESOURCE_GROUP/providers"
SUBSCRIPTION_NAME="${PORTALE_EVENTGRID_SUBSCRIPTION_NAME:-incoming-blob-created}"
TMP="$(mktemp)"
trap 'rm -f "$TMP"' EXIT

json_string() { # json_string FIELD < json  -> first string value of "FIELD"
  sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\([^\"]*\)\".*/\1/p" | head -n 1
}

TOKEN="$(azd auth token --output json --scope "$ARM/.default" | json_string token)"
[ -n "$TOKEN" ] || { echo "postdeploy: could not get an ARM token from 'azd auth token'." >&2; exit 1; }

arm() { # arm METHOD URL [BODY] -> prints HTTP status, body in $TMP
  if [ $# -ge 3 ]; then
    curl -sS -o "$TMP" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' --data "$3" "$2"
  else
    curl -sS -o "$TMP" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Length: 0' "$2"
  fi
}

# 1. Wake the app (Flex Consumption scales to zero) so the host starts and creates its keys.
curl -sS -o /dev/null --max-time 120 "https://$AZURE_FUNCTION_APP_NAME.azurewebsites.net/" || true

# 2. Wait for the blobs_extension system key.
KEYS_URL="$RG_PATH/Microsoft.Web/sites/$AZURE_FUNCTION_APP_NAME/host/default/listkeys?api-version=2023-12-01"
KEY=""
i=0
while [ $i -lt 30 ]; do
  status="$(arm POST "$KEYS_URL")"
  if [ "$status" = "200" ]; then KEY="$(json_string blobs_extension < "$TMP")"; fi
  [ -n "$KEY" ] && break
  i=$((i + 1))
  echo "postdeploy: waiting for the blobs_extension key (HTTP $status, try $i/30)..."
  sleep 10
done
if [ -z "$KEY" ]; then
  echo "postdeploy: the app has no blobs_extension key yet. Is a [BlobTrigger(Source = EventGrid)] function deployed? Re-run: azd hooks run postdeploy" >&2
  exit 1
fi

# 3. Create or update the event subscription (the key URL-encoded: it may hold + / =).
CODE="$(printf '%s' "$KEY" | sed 's/%/%25/g; s/+/%2B/g; s/\//%2F/g; s/=/%3D/g')"
ENDPOINT="https://$AZURE_FUNCTION_APP_NAME.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.$PORTALE_BLOB_TRIGGER_FUNCTION&code=$CODE"
SUB_URL="$RG_PATH/Microsoft.EventGrid/systemTopics/$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME/eventSubscriptions/$SUBSCRIPTION_NAME?api-version=2022-06-15"
BODY=$(cat <<JSON
{
  "properties": {
    "destination": {
      "endpointType": "WebHook",
      "properties": { "endpointUrl": "$ENDPOINT", "maxEventsPerBatch": 1, "preferredBatchSizeInKilobytes": 64 }
    },
    "filter": {
      "includedEventTypes": [ "Microsoft.Storage.BlobCreated" ],
      "subjectBeginsWith": "/blobServices/default/containers/$PORTALE_INCOMING_CONTAINER/"
    },
    "eventDeliverySchema": "EventGridSchema",
    "retryPolicy": { "maxDeliveryAttempts": 30, "eventTimeToLiveInMinutes": 1440 }
  }
}
JSON
)
status="$(arm PUT "$SUB_URL" "$BODY")"
case "$status" in
  200|201) ;;
  *) echo "postdeploy: creating the event subscription failed (HTTP $status):" >&2; cat "$TMP" >&2; exit 1 ;;
esac

# 4. Wait until Event Grid has validated the webhook.
i=0
while [ $i -lt 30 ]; do
  arm GET "$SUB_URL" >/dev/null
  state="$(json_string provisioningState < "$TMP")"
  case "$state" in
    Succeeded) echo "postdeploy: Event Grid subscription '$SUBSCRIPTION_NAME' ready (BlobCreated in '$PORTALE_INCOMING_CONTAINER' -> $PORTALE_BLOB_TRIGGER_FUNCTION)."; exit 0 ;;
    Failed|Canceled) echo "postdeploy: event subscription $state:" >&2; cat "$TMP" >&2; exit 1 ;;
  esac
  i=$((i + 1))
  sleep 10
done
echo "postdeploy: event subscription still '$state' after 5 minutes; check it in the portal." >&2
exit 1
