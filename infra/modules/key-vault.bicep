// key-vault.bicep — creates the Key Vault (RBAC authorization, soft delete) holding the app's
// secrets, and writes them:
// - `session-signing-key`: always written from the parameter (main.parameters.json feeds it with
//   azd's secretOrRandomPassword, which reuses the value already in the vault);
// - `pec-smtp-password`: written only when a value is given, so a password set directly in the
//   vault (see the README, "Deploy to Azure") is never overwritten by a later `azd provision`.
// The Function App reads both through Key Vault references resolved with its managed identity.

@description('Name of the Key Vault (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags { *: string }

@description('Key used to sign session-related tokens.')
@secure()
param sessionSigningKey string

@description('Password of the PEC SMTP mailbox; empty keeps whatever the vault already holds.')
@secure()
param pecSmtpPassword string = ''

@description('Object id of a person allowed to manage secrets (the one running azd); empty for none.')
param vaultOperatorPrincipalId string = ''

@description('Days a deleted vault stays recoverable (azd down --purge removes it at once).')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 7

var sessionSigningKeySecretName = 'session-signing-key'
var pecSmtpPasswordSecretName = 'pec-smtp-password'
// Key Vault Secrets Officer: manage secrets, nothing else on the vault.
var secretsOfficerRoleId = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    publicNetworkAccess: 'Enabled'
  }
}

resource sessionSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: sessionSigningKeySecretName
  properties: {
    value: sessionSigningKey
    contentType: 'text/plain'
  }
}

resource pecSmtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(pecSmtpPassword)) {
  parent: vault
  name: pecSmtpPasswordSecretName
  properties: {
    value: pecSmtpPassword
    contentType: 'text/plain'
  }
}

resource vaultOperator 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(vaultOperatorPrincipalId)) {
  name: guid(vault.id, vaultOperatorPrincipalId, secretsOfficerRoleId)
  scope: vault
  properties: {
    principalId: vaultOperatorPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRoleId)
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
// Version-less secret URIs: the Functions platform picks up a new secret version within a day
// (or at the next restart) without redeploying.
output referenceUris { pecSmtpPassword: string, sessionSigningKey: string } = {
  pecSmtpPassword: '${vault.properties.vaultUri}secrets/${pecSmtpPasswordSecretName}'
  sessionSigningKey: '${vault.properties.vaultUri}secrets/${sessionSigningKeySecretName}'
}
