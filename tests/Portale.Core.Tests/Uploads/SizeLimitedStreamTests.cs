using FsCheck;
using FsCheck.Xunit;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class SizeLimitedStreamTests
{
    [Fact]
    public async Task A_stream_exactly_at_the_limit_is_read_whole()
    {
        var source = new CountingStream(length: 1000);
        await using var limited = new SizeLimitedStream(source, 1000);

        var copy = new MemoryStream();
        await limited.CopyToAsync(copy);

        Assert.Equal(1000, copy.Length);
        Assert.Equal(1000, limited.BytesRead);
    }

    [Fact]
    public async Task One_byte_over_the_limit_throws_carrying_the_limit()
    {
        await using var limited = new SizeLimitedStream(new CountingStream(length: 1001), 1000);

        var error = await Assert.ThrowsAsync<UploadTooLargeException>(() => limited.CopyToAsync(Stream.Null));

        Assert.Equal(1000, error.LimitBytes);
    }

    [Fact]
    public async Task An_endless_source_is_never_read_past_the_limit_plus_one()
    {
        var source = new CountingStream();
        await using var limited = new SizeLimitedStream(source, 15 * UploadLimits.MegaByte);

        await Assert.ThrowsAsync<UploadTooLargeException>(() => limited.CopyToAsync(Stream.Null, bufferSize: 81920));

        Assert.Equal(15 * UploadLimits.MegaByte + 1, source.Taken);
    }

    [Fact]
    public void Reading_again_after_the_limit_keeps_throwing_and_reads_nothing_more()
    {
        var source = new CountingStream();
        using var limited = new SizeLimitedStream(source, 10);
        var buffer = new byte[64];

        Assert.Throws<UploadTooLargeException>(() => limited.Read(buffer, 0, buffer.Length));
        Assert.Throws<UploadTooLargeException>(() => limited.Read(buffer, 0, buffer.Length));

        Assert.Equal(11, source.Taken);
    }

    [Property]
    public bool Never_takes_more_than_limit_plus_one_bytes(NonNegativeInt limit, PositiveInt sourceLength, PositiveInt bufferSize)
    {
        var source = new CountingStream(sourceLength.Get);
        using var limited = new SizeLimitedStream(source, limit.Get);
        var buffer = new byte[bufferSize.Get % 4096 + 1];
        try
        {
            while (limited.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }
        catch (UploadTooLargeException)
        {
            return sourceLength.Get > limit.Get && source.Taken == limit.Get + 1L;
        }
        return sourceLength.Get <= limit.Get && source.Taken == sourceLength.Get;
    }

    [Fact]
    public void It_is_read_only_and_forward_only()
    {
        using var limited = new SizeLimitedStream(new MemoryStream(new byte[10]), 100);

        Assert.False(limited.CanSeek);
        Assert.False(limited.CanWrite);
        Assert.Throws<NotSupportedException>(() => limited.Write(new byte[1], 0, 1));
        Assert.Throws<NotSupportedException>(() => limited.Seek(0, SeekOrigin.Begin));
        Assert.Throws<NotSupportedException>(() => limited.Length);
    }

    [Fact]
    public void Disposing_disposes_the_source_unless_asked_to_leave_it_open()
    {
        var kept = new MemoryStream(new byte[1]);
        new SizeLimitedStream(kept, 10, leaveOpen: true).Dispose();
        Assert.True(kept.CanRead);

        var closed = new MemoryStream(new byte[1]);
        new SizeLimitedStream(closed, 10).Dispose();
        Assert.False(closed.CanRead);
    }

    [Fact]
    public void A_negative_limit_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SizeLimitedStream(Stream.Null, -1));
    }
}
