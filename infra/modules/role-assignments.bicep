// role-assignments.bicep — grants the Function App's managed identity exactly what the app
// needs, each assignment scoped to the one resource it concerns and named
// guid(scope, principal, role) — the principal by the identity's resource id, which is known
// before deployment — so re-deploying is idempotent:
//   host storage    Storage Blob Data Owner          Functions host: keys, locks, timer monitors,
//                                                    deployment package (Flex needs Owner here)
//   data storage    Storage Blob Data Contributor    read/write/delete app blobs (no ACL rights)
//   incoming        Storage Blob Data Owner          read the blob index tag Defender writes (tags
//   container                                        need Owner); scoped to the uploads container
//   data storage    Storage Table Data Contributor   read/write entities in the app's tables
//   data storage    Storage Queue Data Contributor   the Event Grid blob trigger's work and
//                                                    poison queues (connection "PortaleData")
//   Key Vault       Key Vault Secrets User           resolve Key Vault references (read only)
//   ACS             Communication and Email Service  send email/SMS with Entra ID. No narrower
//                   Owner                            built-in role exists for ACS data-plane
//                                                    sending; scoped to the ACS resource only
//   App Insights    Monitoring Metrics Publisher     send telemetry (local auth is disabled)

@description('Name of the Function App\'s user-assigned managed identity.')
param identityName string

@description('Name of the host storage account.')
param hostStorageName string

@description('Name of the data storage account.')
param dataStorageName string

@description('Name of the Key Vault.')
param keyVaultName string

@description('Name of the Communication Services resource.')
param communicationServiceName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  communicationAndEmailServiceOwner: '09976791-48a7-449e-bb21-39d1a415f350'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

var dataStorageRoles = [
  roles.storageBlobDataContributor
  roles.storageTableDataContributor
  roles.storageQueueDataContributor
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: hostStorageName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: dataStorageName
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource communicationService 'Microsoft.Communication/communicationServices@2023-04-01' existing = {
  name: communicationServiceName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource hostStorageBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostStorage.id, identity.id, roles.storageBlobDataOwner)
  scope: hostStorage
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
  }
}

resource dataStorageAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in dataStorageRoles: {
    name: guid(dataStorage.id, identity.id, role)
    scope: dataStorage
    properties: {
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource incomingContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  name: '${dataStorageName}/default/incoming'
}

resource incomingTagsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(incomingContainer.id, identity.id, roles.storageBlobDataOwner)
  scope: incomingContainer
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, roles.keyVaultSecretsUser)
  scope: keyVault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

resource communicationSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(communicationService.id, identity.id, roles.communicationAndEmailServiceOwner)
  scope: communicationService
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.communicationAndEmailServiceOwner)
  }
}

resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}
