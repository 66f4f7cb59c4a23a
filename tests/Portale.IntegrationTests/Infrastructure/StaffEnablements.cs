using System.Net.Http.Headers;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>The back office's enablement and disablement of a user for a company, on a signed modulo.</summary>
internal static class StaffEnablements
{
    /// <summary>The multipart form of the two routes: the <c>modulo</c> part (a PDF by default) and an optional note.</summary>
    public static MultipartFormDataContent Form(byte[]? modulo = null, string fileName = "modulo-firmato.pdf", string? note = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(modulo ?? TestPdfs.OnePage($"Modulo di abilitazione {Guid.NewGuid():N}"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "modulo", fileName);
        if (note is not null)
        {
            form.Add(new StringContent(note), "note");
        }
        return form;
    }

    public static Task<HttpResponseMessage> EnableUserAsync(
        this HttpClient backOffice, string company, string username, MultipartFormDataContent? form = null) =>
        backOffice.PutAsync($"/api/backoffice/companies/{company}/users/{username}", form ?? Form());

    public static Task<HttpResponseMessage> DisableUserAsync(
        this HttpClient backOffice, string company, string username, MultipartFormDataContent? form = null) =>
        backOffice.PostAsync($"/api/backoffice/companies/{company}/users/{username}/disable", form ?? Form());
}
