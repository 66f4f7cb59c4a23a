using System.IO.Compression;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Portale.Functions.Letters;

/// <summary>
/// Streams a .zip of stored PDFs (letters or solleciti: each entry its name and storage path) straight into
/// the response, one PDF at a time: never the whole archive in memory.
/// </summary>
public sealed class ZipDownloadResult(
    IReadOnlyList<(string Name, string Path)> entries, IDocumentStore documents, string fileName) : IActionResult
{
    public ZipDownloadResult(IReadOnlyList<Letter> letters, IDocumentStore documents, string fileName)
        : this([.. letters.Select(l => (l.Name, l.DocumentPath))], documents, fileName)
    {
    }

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
        foreach (var (name, path) in entries)
        {
            await using var pdf = await documents.OpenReadAsync(path, cancellationToken)
                ?? throw new InvalidOperationException($"The PDF of {name} is missing from storage.");
            var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
            await using var target = await entry.OpenAsync(cancellationToken);
            await pdf.CopyToAsync(target, cancellationToken);
        }
    }
}
