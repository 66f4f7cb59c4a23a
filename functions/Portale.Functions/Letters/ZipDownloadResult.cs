using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Portale.Functions.Letters;

/// <summary>
/// Streams a .zip of letters straight into the response, one PDF at a time: never the whole archive in memory.
/// </summary>
public sealed class ZipDownloadResult(IReadOnlyList<Letter> letters, IDocumentStore documents, string fileName)
    : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        // ZipArchive still flushes some headers synchronously even through its async API.
        if (context.HttpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }
        response.StatusCode = 200;
        response.ContentType = "application/zip";
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
        await using var zip = await ZipArchive.CreateAsync(
            response.Body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        foreach (var letter in letters)
        {
            await using var pdf = await documents.OpenReadAsync(letter.DocumentPath, cancellationToken)
                ?? throw new InvalidOperationException($"The PDF of {letter.Name} is missing from storage.");
            var entry = zip.CreateEntry(letter.Name, CompressionLevel.Fastest);
            await using var target = await entry.OpenAsync(cancellationToken);
            await pdf.CopyToAsync(target, cancellationToken);
        }
    }
}
