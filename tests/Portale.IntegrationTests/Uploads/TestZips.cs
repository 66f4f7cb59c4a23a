using System.IO.Compression;

namespace Portale.IntegrationTests.Uploads;

/// <summary>.zip archives built in the test.</summary>
internal static class TestZips
{
    public static byte[] Of(params (string Name, byte[] Content)[] entries) => Of(CompressionLevel.SmallestSize, entries);

    public static byte[] Of(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = archive.CreateEntry(name, level).Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Rewrites every entry's declared uncompressed size, in the local headers and the central
    /// directory, to <paramref name="declared"/>: a header that lies.
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] zip, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declared);
            }
            else if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declared);
            }
        }
        return bytes;
    }
}
