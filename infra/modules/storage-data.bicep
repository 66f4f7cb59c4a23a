// storage-data.bicep — creates the storage account holding the portal's data, separate from the
// Functions host/deployment account:
// - blob containers `incoming` (uploads, Event Grid blob trigger), `documents` (accepted letters),
//   `incoming-poison` (uploads that failed processing), `reports` (generated reports), `audit` (the
//   audit records' write-once copies, under a time-based retention policy);
// - every table of StorageNames.Tables (a test keeps the two lists equal; the app also creates
//   them if missing, but with them here the identity needs no table-create rights);
// - lifecycle rules: `documents/` blobs (letters, answers, communications, reports) to the Cool tier
//   13 months after last change and deleted after `documentsRetentionDays` (the retention setting of
//   docs/configuration.md: no code deletes documents, this rule alone does); `incoming/` and
//   `incoming-poison/` blobs (uploads already processed or refused) deleted after
//   `incomingRetentionDays`;
// - Microsoft Defender for Storage malware scanning on upload: each new blob gets the index tag
//   "Malware Scanning scan result" ("No threats found" / "Malicious"), which the blob trigger reads
//   before processing (Portale__Uploads__MalwareScanRequired = true);
// - blob soft delete, so an accidental delete can be undone for a while.
// Entra ID only: no shared key access, no public blob access, HTTPS with TLS 1.2.

@description('Name of the storage account (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the account.')
param tags { *: string }

@description('Replication. ZRS keeps the documents across availability zones of the region.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_ZRS'

@description('Blob containers the app uses.')
param containerNames string[] = [
  'incoming'
  'documents'
  'incoming-poison'
  'reports'
  'audit'
]

@description('Tables the app uses.')
param tableNames string[] = [
  'notices'
  'jobs'
  'sessions'
  'enablements'
  'users'
  'mobiles'
  'accounttokens'
  'signinchallenges'
  'signinattempts'
  'captchaledger'
  'notificationledger'
  'outbox'
  'companies'
  'companyletters'
  'stagedletters'
  'uploads'
  'failedsends'
  'communications'
  'audit'
  'changefeed'
  'outages'
  'outagereports'
  'apiclients'
  'clientcalls'
  'webhooks'
  'receipts'
  // Development's local receipt keys; unused in Azure (Key Vault holds the key), created so both lists match.
  'receiptkeys'
  'dashboard'
  'usersearch'
  'enablementlog'
]

@description('Days after the last modification when documents move to the Cool tier (13 months).')
param documentsCoolAfterDays int = 396

@description('Days each write-once copy of an audit record can be neither changed nor deleted (container audit).')
@minValue(1)
@maxValue(146000)
param auditRetentionDays int = 3650

@description('Days after the last modification when documents are deleted (10 years; docs/configuration.md, Retention).')
param documentsRetentionDays int = 3653

@description('Days after which processed uploads in incoming/ and incoming-poison/ are deleted.')
param incomingRetentionDays int = 90

@description('Monthly cap of GB scanned by Defender for Storage malware scanning (-1: no cap).')
param malwareScanningCapGBPerMonth int = 5000

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteDays int = 14

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

// The audit's write-once copies: a time-based retention policy makes every blob of the container
// undeletable and unchangeable for auditRetentionDays, whatever the identity (the app's included).
// Lock the policy (az storage container immutability-policy lock) once its period is agreed: an
// unlocked policy can still be shortened or removed by the subscription's owners.
resource auditImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = {
  parent: containers[indexOf(containerNames, 'audit')]
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditRetentionDays
    allowProtectedAppendWrites: false
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'documents-to-cool-after-13-months'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                'documents/'
              ]
            }
            actions: {
              baseBlob: {
                tierToCool: {
                  daysAfterModificationGreaterThan: documentsCoolAfterDays
                }
                delete: {
                  daysAfterModificationGreaterThan: documentsRetentionDays
                }
              }
            }
          }
        }
        {
          name: 'processed-uploads-deleted'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                'incoming/'
                'incoming-poison/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: incomingRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    containers
  ]
}

// Malware scanning on upload, set on this account whatever the subscription's plan says.
resource defenderForStorage 'Microsoft.Security/defenderForStorageSettings@2022-12-01-preview' = {
  scope: account
  name: 'current'
  properties: {
    isEnabled: true
    overrideSubscriptionLevelSettings: true
    malwareScanning: {
      onUpload: {
        isEnabled: true
        capGBPerMonth: malwareScanningCapGBPerMonth
      }
    }
    sensitiveDataDiscovery: {
      isEnabled: false
    }
  }
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output queueEndpoint string = account.properties.primaryEndpoints.queue
