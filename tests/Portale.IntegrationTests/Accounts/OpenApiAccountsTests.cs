using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Http;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class OpenApiAccountsTests(AzuriteProcess azurite)
{
    private static readonly string[] AccountFunctions =
    [
        "AccountsGetCaptcha", "AccountsSearchPlaces", "AccountsRegister", "AccountsConfirmRegistration",
        "AccountsRecoverUsername", "AccountsRecoverPassword", "AccountsRequestMobileChange", "AccountsConfirmMobileChange",
        "AuthLogin", "AuthChangePassword", "AuthSetNewMobile", "AuthVerifyOtp", "AuthResendOtp", "AuthLogout",
        "ProfileGet", "ProfileUpdate", "BackOfficeUnlockUser", "BackOfficeReactivateUser", "BackOfficeEnableUser",
        "BackOfficeDisableUser", "BackOfficeSearchUsers", "BackOfficeGetUser", "BackOfficeListEnablements",
        "BackOfficeGetEnablementModulo", "BackOfficeListReferents", "DevListOutbox",
    ];

    [Fact]
    public async Task Every_accounts_route_is_in_the_OpenAPI_document_with_its_method_and_operation_id()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var document = await host.Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var paths = document.GetProperty("paths");
        var functions = FunctionRequests.HttpFunctions(host).Where(f => AccountFunctions.Contains(f.Name)).ToList();
        Assert.Equal(AccountFunctions.Length, functions.Count);
        foreach (var function in functions)
        {
            var route = "/" + HttpFunctionEndpoints.RouteOf(function)["api/".Length..];
            Assert.True(paths.TryGetProperty(route, out var item), $"{route} missing");
            var method = ((HttpTriggerAttribute)function.TriggerAttribute).Methods![0];
            Assert.True(item.TryGetProperty(method, out var operation), $"{method} {route} missing");
            Assert.Equal(function.Name, operation.GetProperty("operationId").GetString());
        }
    }
}
