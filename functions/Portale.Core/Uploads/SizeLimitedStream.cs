namespace Portale.Core.Uploads;

/// <summary>
/// A read-only, forward-only view of <paramref name="source"/> that throws
/// <see cref="UploadTooLargeException"/> as soon as more than <paramref name="maxBytes"/> bytes are
/// read. Each read asks the source for at most the bytes still allowed plus one, so the source is
/// never read past <c>maxBytes + 1</c> bytes: a lying length header or an endless upload costs
/// nothing beyond the limit.
/// </summary>
public sealed class SizeLimitedStream(Stream source, long maxBytes, bool leaveOpen = false) : Stream
{
    private readonly long _maxBytes =
        maxBytes >= 0 ? maxBytes : throw new ArgumentOutOfRangeException(nameof(maxBytes));
    private long _read;

    public long MaxBytes => _maxBytes;

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead => _read;

    public override bool CanRead => source.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        return Count(source.Read(buffer[..Allowed(buffer.Length)]));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        return Count(await source.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));
    }

    private int Allowed(int requested)
    {
        ThrowIfOver();
        return (int)Math.Min(requested, _maxBytes + 1 - _read);
    }

    private int Count(int read)
    {
        _read += read;
        ThrowIfOver();
        return read;
    }

    private void ThrowIfOver()
    {
        if (_read > _maxBytes)
        {
            throw new UploadTooLargeException(_maxBytes);
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            source.Dispose();
        }
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!leaveOpen)
        {
            await source.DisposeAsync().ConfigureAwait(false);
        }
        await base.DisposeAsync().ConfigureAwait(false);
    }
}
