// main.bicep — entry point of `azd provision` (subscription scope). Creates the resource group
// `rg-<environment>` and, inside it, through the local modules in ./modules (one resource
// family each, described in its header):
//   identity            user-assigned managed identity of the Function App
//   monitoring          Log Analytics + Application Insights (Entra-only ingestion)
//   storage-host        Functions host storage + Flex Consumption deployment container
//   storage-data        the portal's data: containers, tables, lifecycle rule
//   key-vault           Key Vault (RBAC) with the PEC password and session signing key
//   communication       ACS + Email service + Azure-managed domain
//   function-app        Flex Consumption plan + Function App + every app setting
//   static-web-app      Static Web App (Standard) for web/
//   static-web-app-backend  links the Function App as the Static Web App's /api backend
//   event-grid          Event Grid system topic on the data storage account
//   role-assignments    least-privilege roles of the app identity
// The Event Grid subscription for the blob trigger is created after deploy by
// infra/hooks/postdeploy.sh (see event-grid.bicep for why).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Region of the resources (Flex Consumption must be offered there).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Region of the Static Web App metadata: westeurope, centralus, eastus2, westus2 or eastasia.')
@allowed([
  'westeurope'
  'centralus'
  'eastus2'
  'westus2'
  'eastasia'
])
param staticWebAppLocation string = 'westeurope'

@description('Object id of the person or pipeline running azd (set by azd); gets Key Vault Secrets Officer. Empty for none.')
param principalId string = ''

@description('PEC address the daily report is sent from (envelope sender and From).')
param pecSender string

@description('SMTP host of the PEC provider (implicit TLS).')
param pecSmtpHost string

@description('SMTP port of the PEC provider (implicit TLS).')
param pecSmtpPort int = 465

@description('SMTP user name; empty means the PEC address itself.')
param pecSmtpUsername string = ''

@description('PEC SMTP password, stored in Key Vault; empty keeps the one already in the vault.')
@secure()
param pecSmtpPassword string = ''

@description('Key that signs session-related tokens, stored in Key Vault.')
@secure()
param sessionSigningKey string = newGuid()

@description('Tenant of the Entra ID app registration staff sign in with; empty means this subscription\'s tenant.')
param staffTenantId string = ''

@description('Application (client) id of the Entra ID app registration for staff.')
param staffClientId string

@description('Audience of the staff access tokens; empty means api://<staffClientId>.')
param staffAudience string = ''

@description('Client id of the staff console\'s SPA registration (redirect URI <site>/sportello); empty means staffClientId.')
param staffConsoleClientId string = ''

@description('Scope the staff console asks for; empty means <audience>/.default.')
param staffConsoleScope string = ''

var staffTokenAudience = empty(staffAudience) ? 'api://${staffClientId}' : staffAudience

@description('ACS sender for SMS (E.164 number or alphanumeric sender id obtained on the ACS resource); empty until one is obtained.')
param smsFrom string = ''

@description('Public URL of the portal when a custom domain is used; empty means the Static Web App\'s own URL.')
param publicBaseUrl string = ''

@description('Proxies whose X-Forwarded-For hop the rate limits believe (addresses, CIDR ranges, comma-separated): the Functions host\'s loopback hop, plus the Static Web App / Front Door ranges where they front the API. Empty: the connection\'s address only.')
param trustedProxies string = '127.0.0.1,::1'

@description('Where Azure Communication Services keeps data at rest.')
param communicationDataLocation string = 'Europe'

@description('Upper bound of Function App instances.')
param functionMaximumInstanceCount int = 40

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
// Names are computed here, not taken from module outputs, so What-If can predict every resource.
var names = {
  identity: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
  logAnalytics: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
  applicationInsights: '${abbrs.insightsComponents}${resourceToken}'
  hostStorage: '${abbrs.storageStorageAccounts}fn${resourceToken}'
  dataStorage: '${abbrs.storageStorageAccounts}data${resourceToken}'
  keyVault: '${abbrs.keyVaultVaults}${resourceToken}'
  communicationService: '${abbrs.communicationCommunicationServices}${resourceToken}'
  emailService: '${abbrs.communicationEmailServices}${resourceToken}'
  staticWebApp: '${abbrs.webStaticSites}${resourceToken}'
  functionApp: '${abbrs.webSitesFunctions}${resourceToken}'
  plan: '${abbrs.webServerFarms}${resourceToken}'
  eventGridTopic: '${abbrs.eventGridDomainsTopics}incoming-${resourceToken}'
  deploymentContainer: 'app-package-${resourceToken}'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module hostStorage 'modules/storage-host.bicep' = {
  scope: rg
  params: {
    name: names.hostStorage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
  }
}

module dataStorage 'modules/storage-data.bicep' = {
  scope: rg
  params: {
    name: names.dataStorage
    location: location
    tags: tags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
    sessionSigningKey: sessionSigningKey
    pecSmtpPassword: pecSmtpPassword
    vaultOperatorPrincipalId: principalId
  }
}

module receipts 'modules/receipts.bicep' = {
  scope: rg
  params: {
    keyVaultName: names.keyVault
    identityName: names.identity
  }
  dependsOn: [
    identity
    keyVault
  ]
}

module communication 'modules/communication.bicep' = {
  scope: rg
  params: {
    communicationServiceName: names.communicationService
    emailServiceName: names.emailService
    tags: tags
    dataLocation: communicationDataLocation
  }
}

module staticWebApp 'modules/static-web-app.bicep' = {
  scope: rg
  params: {
    name: names.staticWebApp
    location: staticWebAppLocation
    tags: tags
  }
}

module functionApp 'modules/function-app.bicep' = {
  scope: rg
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    hostStorageName: names.hostStorage
    hostStorageBlobEndpoint: hostStorage.outputs.blobEndpoint
    deploymentContainerName: names.deploymentContainer
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: functionMaximumInstanceCount
    dataStorage: {
      tableEndpoint: dataStorage.outputs.tableEndpoint
      blobEndpoint: dataStorage.outputs.blobEndpoint
      queueEndpoint: dataStorage.outputs.queueEndpoint
    }
    communication: {
      endpoint: communication.outputs.endpoint
      emailSender: communication.outputs.senderAddress
      smsFrom: smsFrom
    }
    pec: {
      host: pecSmtpHost
      port: pecSmtpPort
      username: empty(pecSmtpUsername) ? pecSender : pecSmtpUsername
      sender: pecSender
    }
    receipts: {
      keyVaultUri: keyVault.outputs.uri
      keyName: receipts.outputs.keyName
    }
    secretUris: {
      pecSmtpPassword: keyVault.outputs.referenceUris.pecSmtpPassword
      sessionSigningKey: keyVault.outputs.referenceUris.sessionSigningKey
    }
    staff: {
      tenantId: empty(staffTenantId) ? tenant().tenantId : staffTenantId
      clientId: staffClientId
      audience: staffTokenAudience
      consoleClientId: empty(staffConsoleClientId) ? staffClientId : staffConsoleClientId
      consoleScope: empty(staffConsoleScope) ? '${staffTokenAudience}/.default' : staffConsoleScope
    }
    publicBaseUrl: empty(publicBaseUrl) ? staticWebApp.outputs.url : publicBaseUrl
    trustedProxies: trustedProxies
  }
}

module staticWebAppBackend 'modules/static-web-app-backend.bicep' = {
  scope: rg
  params: {
    staticWebAppName: names.staticWebApp
    functionAppId: functionApp.outputs.id
    functionAppLocation: location
  }
  // Depends on staticWebApp through functionApp (publicBaseUrl).
}

module eventGrid 'modules/event-grid.bicep' = {
  scope: rg
  params: {
    name: names.eventGridTopic
    location: location
    tags: tags
    storageAccountId: dataStorage.outputs.id
  }
}

module roleAssignments 'modules/role-assignments.bicep' = {
  scope: rg
  params: {
    identityName: names.identity
    hostStorageName: names.hostStorage
    dataStorageName: names.dataStorage
    keyVaultName: names.keyVault
    communicationServiceName: names.communicationService
    applicationInsightsName: names.applicationInsights
  }
  dependsOn: [
    identity
    hostStorage
    dataStorage
    keyVault
    communication
    monitoring
  ]
}

// azd stores every output in the environment (.azure/<env>/.env); hooks read them from there.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_STATIC_WEB_APP_NAME string = staticWebApp.outputs.name
output AZURE_STATIC_WEB_APP_URL string = staticWebApp.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = dataStorage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = dataStorage.outputs.blobEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = dataStorage.outputs.tableEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = dataStorage.outputs.queueEndpoint
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_COMMUNICATION_ENDPOINT string = communication.outputs.endpoint
output AZURE_EMAIL_SENDER string = communication.outputs.senderAddress
output PORTALE_INCOMING_CONTAINER string = 'incoming'
output PORTALE_BLOB_TRIGGER_FUNCTION string = 'UploadsProcessIncoming'
