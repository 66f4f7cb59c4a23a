using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using Portale.Functions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddPortaleFunctions(builder.Configuration, builder.Environment);
builder.UsePortaleMiddleware();
builder.Build().Run();
