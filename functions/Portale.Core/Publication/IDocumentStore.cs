namespace Portale.Core.Publication;

/// <summary>The stored PDFs (container <c>documents</c>).</summary>
public interface IDocumentStore
{
    Task PutAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    Task DeleteAsync(string path, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken);
}
