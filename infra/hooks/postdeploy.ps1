# postdeploy.ps1 — Windows twin of postdeploy.sh (read that file's header for the why).
# Creates or updates the Event Grid subscription delivering BlobCreated events of the incoming
# container to the Function App's Event Grid blob trigger, using only azd and the ARM REST API.
$ErrorActionPreference = 'Stop'

foreach ($v in 'AZURE_SUBSCRIPTION_ID', 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME',
  'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME', 'PORTALE_INCOMING_CONTAINER', 'PORTALE_BLOB_TRIGGER_FUNCTION') {
  if (-not [Environment]::GetEnvironmentVariable($v)) { throw "postdeploy: $v is not set; run 'azd provision' first." }
}

$arm = if ($env:AZURE_RESOURCE_MANAGER_ENDPOINT) { $env:AZURE_RESOURCE_MANAGER_ENDPOINT.TrimEnd('/') } else { 'https://management.azure.com' }
$rgPath = "$arm/subscriptions/$env:AZURE_SUBSCRIPTION_ID/resourceGroups/$env:AZURE_RESOURCE_GROUP/providers"
$subscriptionName = if ($env:PORTALE_EVENTGRID_SUBSCRIPTION_NAME) { $env:PORTALE_EVENTGRID_SUBSCRIPTION_NAME } else { 'incoming-blob-created' }
$token = (azd auth token --output json --scope "$arm/.default" | ConvertFrom-Json).token
$headers = @{ Authorization = "Bearer $token" }
$app = $env:AZURE_FUNCTION_APP_NAME

# 1. Wake the app so the host starts and creates its keys.
try { Invoke-WebRequest -Uri "https://$app.azurewebsites.net/" -TimeoutSec 120 -UseBasicParsing | Out-Null } catch { }

# 2. Wait for the blobs_extension system key.
$key = $null
for ($i = 1; $i -le 30 -and -not $key; $i++) {
  try {
    $keys = Invoke-RestMethod -Method Post -Headers $headers -Uri "$rgPath/Microsoft.Web/sites/$app/host/default/listkeys?api-version=2023-12-01"
    $key = $keys.systemKeys.blobs_extension
  } catch { }
  if (-not $key) { Write-Host "postdeploy: waiting for the blobs_extension key (try $i/30)..."; Start-Sleep -Seconds 10 }
}
if (-not $key) { throw 'postdeploy: the app has no blobs_extension key yet. Re-run: azd hooks run postdeploy' }

# 3. Create or update the event subscription.
$endpoint = "https://$app.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.$($env:PORTALE_BLOB_TRIGGER_FUNCTION)&code=$([Uri]::EscapeDataString($key))"
$subUrl = "$rgPath/Microsoft.EventGrid/systemTopics/$($env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME)/eventSubscriptions/$($subscriptionName)?api-version=2022-06-15"
$body = @{
  properties = @{
    destination = @{ endpointType = 'WebHook'; properties = @{ endpointUrl = $endpoint; maxEventsPerBatch = 1; preferredBatchSizeInKilobytes = 64 } }
    filter = @{ includedEventTypes = @('Microsoft.Storage.BlobCreated'); subjectBeginsWith = "/blobServices/default/containers/$($env:PORTALE_INCOMING_CONTAINER)/" }
    eventDeliverySchema = 'EventGridSchema'
    retryPolicy = @{ maxDeliveryAttempts = 30; eventTimeToLiveInMinutes = 1440 }
  }
} | ConvertTo-Json -Depth 10
Invoke-RestMethod -Method Put -Headers $headers -ContentType 'application/json' -Uri $subUrl -Body $body | Out-Null

# 4. Wait until Event Grid has validated the webhook.
for ($i = 1; $i -le 30; $i++) {
  $state = (Invoke-RestMethod -Method Get -Headers $headers -Uri $subUrl).properties.provisioningState
  if ($state -eq 'Succeeded') { Write-Host "postdeploy: Event Grid subscription '$subscriptionName' ready."; exit 0 }
  if ($state -in 'Failed', 'Canceled') { throw "postdeploy: event subscription $state." }
  Start-Sleep -Seconds 10
}
throw "postdeploy: event subscription still '$state' after 5 minutes; check it in the portal."
