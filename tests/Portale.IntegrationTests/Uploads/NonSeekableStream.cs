namespace Portale.IntegrationTests.Uploads;

/// <summary>
/// A forward-only view of some bytes, like an HTTP request body. Made <c>gated</c>, its bytes arrive only
/// once <see cref="Open"/> is called: a slow upload.
/// </summary>
internal sealed class NonSeekableStream(byte[] bytes, bool gated = false) : Stream
{
    private readonly MemoryStream _inner = new(bytes);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _gate.TrySetResult();

    public override int Read(byte[] buffer, int offset, int count) =>
        gated ? ReadAsync(buffer, offset, count).GetAwaiter().GetResult() : _inner.Read(buffer, offset, count);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (gated)
        {
            await _gate.Task.WaitAsync(cancellationToken);
        }
        return await _inner.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
