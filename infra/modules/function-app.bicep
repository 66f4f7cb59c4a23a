// function-app.bicep — creates the Flex Consumption plan (FC1) and the Function App (.NET
// isolated worker, dotnet-isolated 10.0) running as the user-assigned managed identity, with
// its deployment package in a blob container of the host storage account, and ALL its app
// settings. Basic (publishing-profile) auth for SCM/FTP is disabled: azd deploys with Entra ID.
//
// THE APP SETTINGS LIVE HERE AND ONLY HERE, in the `appSettings` object literal below, framed by
// a BEGIN marker line and an END marker line (each a `//` comment followed by
// "BEGIN APP SETTINGS" / "END APP SETTINGS"; the markers appear nowhere else in this file):
// one `Name: value` entry per line, the name unquoted and exactly as the app reads it (`__` is
// ASP.NET's `:`). The settings test in tests/ extracts the names with a regex such as
// ^\s+([A-Za-z_][A-Za-z0-9_]*)\s*: over the lines between the markers, and checks them against the
// settings the code reads and against the "Settings" table of docs/configuration.md. Keep this
// format, and document every new setting there.

@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to the plan and the app (the app also gets azd-service-name).')
param tags { *: string }

@description('Service name in azure.yaml; azd finds the app by this tag.')
param serviceName string = 'api'

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity (DefaultAzureCredential/ManagedIdentityCredential pick it by client id).')
param identityClientId string

@description('Name of the host storage account (AzureWebJobsStorage).')
param hostStorageName string

@description('Blob endpoint of the host storage account.')
param hostStorageBlobEndpoint string

@description('Container in the host storage account that holds the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string.')
param applicationInsightsConnectionString string

@description('Table, blob and queue endpoints of the data storage account.')
param dataStorage {
  tableEndpoint: string
  blobEndpoint: string
  queueEndpoint: string
}

@description('ACS endpoint and verified sender address.')
param communication {
  endpoint: string
  emailSender: string
  smsFrom: string
}

@description('PEC mailbox for the daily report (SMTP over implicit TLS).')
param pec {
  host: string
  port: int
  username: string
  sender: string
}

@description('The Key Vault key that signs receipts (Key Vault\'s sign operation; the key never leaves it).')
param receipts {
  keyVaultUri: string
  keyName: string
}

@description('Key Vault secret URIs (version-less) read through Key Vault references.')
param secretUris {
  pecSmtpPassword: string
  sessionSigningKey: string
}

@description('Entra ID app registration that staff sign in with.')
param staff {
  tenantId: string
  clientId: string
  audience: string
  @description('Client id the staff console (a SPA) signs in with, and the scope it asks for.')
  consoleClientId: string
  consoleScope: string
}

@description('Automatic solleciti: on or off, the first so many working days after the deadline, the second (water) so many after the first.')
param reminders {
  automatic: bool
  firstAfterWorkingDays: int
  secondAfterWorkingDays: int
} = {
  automatic: true
  firstAfterWorkingDays: 1
  secondAfterWorkingDays: 10
}

@description('Public URL of the portal (the Static Web App), used for links in emails.')
param publicBaseUrl string

@description('Proxies whose X-Forwarded-For hop is believed (addresses and CIDR ranges, comma-separated): the Functions front end and the Static Web App / Front Door ranges. docs/configuration.md.')
param trustedProxies string

@description('Upper bound of Flex Consumption instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

var kvRef = '@Microsoft.KeyVault(SecretUri='

// BEGIN APP SETTINGS
var appSettings = {
  AzureWebJobsStorage__accountName: hostStorageName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  AZURE_FUNCTIONS_ENVIRONMENT: 'Production'
  AZURE_CLIENT_ID: identityClientId
  // The Functions host refuses HTTP bodies over 100 MiB by default: the upload route takes a 100 MiB .zip
  // plus its form (RequestBodyLimits). Set well above it, so what is larger still reaches the worker and
  // gets its Italian 413 from the declared length, before the body is read.
  FUNCTIONS_REQUEST_BODY_SIZE_LIMIT: '268435456'
  Portale__Storage__TableServiceUri: dataStorage.tableEndpoint
  Portale__Storage__BlobServiceUri: dataStorage.blobEndpoint
  Portale__Storage__QueueServiceUri: dataStorage.queueEndpoint
  Portale__Storage__ClientId: identityClientId
  PortaleData__blobServiceUri: dataStorage.blobEndpoint
  PortaleData__queueServiceUri: dataStorage.queueEndpoint
  PortaleData__credential: 'managedidentity'
  PortaleData__clientId: identityClientId
  Portale__Messaging__Mode: 'acs'
  Portale__Email__Endpoint: communication.endpoint
  Portale__Email__Sender: communication.emailSender
  Portale__Sms__Endpoint: communication.endpoint
  Portale__Sms__From: communication.smsFrom
  Portale__Pec__Host: pec.host
  Portale__Pec__Port: string(pec.port)
  Portale__Pec__Username: pec.username
  Portale__Pec__Password: '${kvRef}${secretUris.pecSmtpPassword})'
  Portale__Pec__Sender: pec.sender
  Portale__Staff__Instance: environment().authentication.loginEndpoint
  Portale__Staff__TenantId: staff.tenantId
  Portale__Staff__ClientId: staff.clientId
  Portale__Staff__Audience: staff.audience
  Portale__Receipts__KeyVaultUri: receipts.keyVaultUri
  Portale__Receipts__KeyName: receipts.keyName
  Portale__Staff__ConsoleClientId: staff.consoleClientId
  Portale__Staff__ConsoleScope: staff.consoleScope
  Portale__Sessions__SigningKey: '${kvRef}${secretUris.sessionSigningKey})'
  Portale__PublicBaseUrl: publicBaseUrl
  Portale__Reminders__Automatic: string(reminders.automatic)
  Portale__Reminders__FirstAfterWorkingDays: string(reminders.firstAfterWorkingDays)
  Portale__Reminders__SecondAfterWorkingDays: string(reminders.secondAfterWorkingDays)
  Portale__Network__TrustedProxies: trustedProxies
  Portale__Uploads__MalwareScanRequired: 'true'
}
// END APP SETTINGS

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: appSettings
  }

  resource scmBasicAuth 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }

  resource ftpBasicAuth 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }
}

output id string = app.id
output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
