// communication.bicep — creates Azure Communication Services for the portal's email and SMS:
// an Email Communication Service with an Azure-managed domain (xxxx.azurecomm.net, verified by
// Azure, no DNS work) linked to a Communication Services resource. The app sends through the
// ACS REST API with its managed identity (decision 5). SMS needs a phone number or alphanumeric
// sender bought/registered on the ACS resource by hand in the portal: Bicep cannot buy numbers.

@description('Name of the Communication Services resource.')
param communicationServiceName string

@description('Name of the Email Communication Service resource.')
param emailServiceName string

@description('Tags applied to all three resources.')
param tags { *: string }

@description('Where ACS stores data at rest.')
@allowed([
  'Europe'
  'United States'
  'UK'
  'Switzerland'
  'Germany'
  'France'
  'Norway'
])
param dataLocation string = 'Europe'

@description('Local part of the sender address on the Azure-managed domain.')
param senderLocalPart string = 'DoNotReply'

// ACS resources are global; only their data location is regional.
var acsLocation = 'global'

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: acsLocation
  tags: tags
  properties: {
    dataLocation: dataLocation
  }

  resource managedDomain 'domains' = {
    name: 'AzureManagedDomain'
    location: acsLocation
    tags: tags
    properties: {
      domainManagement: 'AzureManaged'
      userEngagementTracking: 'Disabled'
    }
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationServiceName
  location: acsLocation
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [
      emailService::managedDomain.id
    ]
  }
}

output id string = communicationService.id
output name string = communicationService.name
output endpoint string = 'https://${communicationService.properties.hostName}'
output senderAddress string = '${senderLocalPart}@${emailService::managedDomain.properties.mailFromSenderDomain}'
