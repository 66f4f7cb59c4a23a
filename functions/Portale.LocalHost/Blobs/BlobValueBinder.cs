using Azure.Storage.Blobs;

namespace Portale.LocalHost.Blobs;

/// <summary>Gives the trigger parameter the blob in the form it asks for, as the blob extension does.</summary>
internal static class BlobValueBinder
{
    public static async Task<object> BindAsync(BlobClient blob, Type type, CancellationToken cancellationToken)
    {
        if (type == typeof(BlobClient))
        {
            return blob;
        }
        if (type == typeof(Stream))
        {
            return await blob.OpenReadAsync(cancellationToken: cancellationToken);
        }
        var content = (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        if (type == typeof(BinaryData))
        {
            return content;
        }
        if (type == typeof(byte[]))
        {
            return content.ToArray();
        }
        if (type == typeof(string))
        {
            return content.ToString();
        }
        throw new NotSupportedException($"The local host cannot bind a blob to {type.Name}.");
    }
}
