// receipts.bicep — the key that signs receipts (ricevute): an EC P-256 key in the portal's Key Vault,
// rotated yearly by its rotation policy (old versions stay enabled, so old receipts still verify), and
// the Function App's identity allowed to use it — sign and read the public key, never export it
// ("Key Vault Crypto User" on this key only). docs/decisions/0016-receipt-signatures.md.

@description('Name of the existing Key Vault.')
param keyVaultName string

@description('Name of the signing key.')
param keyName string = 'receipts'

@description('Name of the Function App\'s user-assigned managed identity.')
param identityName string

// Key Vault Crypto User: cryptographic operations with the key, no management, no export.
var cryptoUserRoleId = '12338af0-0e69-4776-bea7-57ae8d297424'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource key 'Microsoft.KeyVault/vaults/keys@2023-07-01' = {
  parent: vault
  name: keyName
  properties: {
    kty: 'EC'
    curveName: 'P-256'
    keyOps: [
      'sign'
      'verify'
    ]
    attributes: {
      enabled: true
      exportable: false
    }
    rotationPolicy: {
      attributes: {
        expiryTime: 'P2Y'
      }
      lifetimeActions: [
        {
          action: {
            type: 'rotate'
          }
          trigger: {
            timeAfterCreate: 'P1Y'
          }
        }
      ]
    }
  }
}

resource signer 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: key
  name: guid(key.id, identity.id, cryptoUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cryptoUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output keyName string = key.name
