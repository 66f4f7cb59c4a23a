using Microsoft.Azure.Functions.Worker.Builder;
using Portale.Functions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Worker telemetry (APPLICATIONINSIGHTS_CONNECTION_STRING, Entra ingestion): only in the Functions app,
// the local host has no Application Insights.
builder.Services.AddApplicationInsightsTelemetryWorkerService().ConfigureFunctionsApplicationInsights();
builder.Services.AddPortaleFunctions(builder.Configuration, builder.Environment);
builder.UsePortaleMiddleware();
builder.Build().Run();
