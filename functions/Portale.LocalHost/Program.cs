using Portale.LocalHost;

var app = LocalHostApplication.Build(args);
await app.RunAsync();
