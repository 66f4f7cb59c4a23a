// static-web-app.bicep — creates the Static Web App (Standard plan, needed for a linked
// backend) that serves the built `web/`. azd deploys the `dist` folder to it; its `/api` route
// is wired to the Function App by static-web-app-backend.bicep.

@description('Name of the Static Web App.')
param name string

@description('Region of the Static Web App metadata (only a few regions offer it; content is served globally).')
param location string

@description('Tags applied to the site (plus azd-service-name).')
param tags { *: string }

@description('Service name in azure.yaml; azd finds the site by this tag.')
param serviceName string = 'web'

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output id string = site.id
output name string = site.name
output url string = 'https://${site.properties.defaultHostname}'
