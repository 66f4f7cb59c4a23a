// static-web-app-backend.bicep — links the Function App to the Static Web App as its backend
// (Microsoft.Web/staticSites/linkedBackends), so the browser calls `/api/...` on the portal's
// own origin and the Static Web App proxies it to the Function App. Kept apart from
// static-web-app.bicep because the Function App needs the site's URL first (links in emails).

@description('Name of the existing Static Web App.')
param staticWebAppName string

@description('Resource id of the Function App to link.')
param functionAppId string

@description('Region of the Function App.')
param functionAppLocation string

resource site 'Microsoft.Web/staticSites@2024-04-01' existing = {
  name: staticWebAppName
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2024-04-01' = {
  parent: site
  name: 'api'
  properties: {
    backendResourceId: functionAppId
    region: functionAppLocation
  }
}
