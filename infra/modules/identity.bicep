// identity.bicep — creates the user-assigned managed identity the Function App runs as.
// Every data-plane access of the app (storage, Key Vault, ACS, Application Insights) is granted
// to this one identity in role-assignments.bicep; no keys or connection strings are issued.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the identity.')
param tags { *: string }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output principalId string = identity.properties.principalId
output clientId string = identity.properties.clientId
