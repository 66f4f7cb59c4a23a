using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

public class UploadLimitsTests
{
    [Fact]
    public void The_manual_limits_are_binary_megabytes()
    {
        Assert.Equal(15L * 1024 * 1024, UploadLimits.AnswerMaxBytes);
        Assert.Equal(15L * 1024 * 1024, UploadLimits.CommunicationMaxBytes);
        Assert.Equal(8L * 1024 * 1024, UploadLimits.TirvRejectionMaxBytes);
        Assert.Equal(UploadLimits.AnswerMaxBytes, UploadLimits.ZipMaxEntryUncompressedBytes);
    }

    [Theory]
    [InlineData(UploadKind.Answer, 15)]
    [InlineData(UploadKind.Communication, 15)]
    [InlineData(UploadKind.TirvRejection, 8)]
    [InlineData(UploadKind.AnswersZip, 100)]
    public void Each_kind_has_its_upload_limit(UploadKind kind, int megabytes)
    {
        Assert.Equal(megabytes * UploadLimits.MegaByte, UploadLimits.MaxUploadBytes(kind));
    }

    [Fact]
    public void The_largest_pdf_covers_every_pdf_kind()
    {
        Assert.All([UploadKind.Answer, UploadKind.Communication, UploadKind.TirvRejection],
            kind => Assert.True(UploadLimits.MaxUploadBytes(kind) <= UploadLimits.LargestPdfBytes));
    }
}
