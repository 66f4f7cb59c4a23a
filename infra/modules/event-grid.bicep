// event-grid.bicep — creates the Event Grid system topic on the data storage account. The blob
// trigger of the Function App (Source = EventGrid: Flex Consumption has no polling blob trigger)
// receives BlobCreated events of the `incoming` container through an event subscription on
// this topic. The subscription's webhook URL carries the app's `blobs_extension` system key,
// which exists only once the code is deployed and the host has started, so the subscription is
// created after deploy by infra/hooks/postdeploy.sh (.ps1), as in the Azure Functions
// Event Grid blob-trigger quickstart; it is deleted with the resource group on `azd down`.

@description('Name of the system topic.')
param name string

@description('Region; must be the storage account\'s region.')
param location string

@description('Tags applied to the topic.')
param tags { *: string }

@description('Resource id of the data storage account the events come from.')
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output id string = topic.id
output name string = topic.name
