namespace Portale.Core.Uploads;

/// <summary>A free communication or a TIRV rejection as listed in "Comunicazioni libere".</summary>
public sealed record Communication(
    string CompanyId, string Key, UploadKind Kind, string? Label, string File, string DocumentPath,
    DateTimeOffset SentAt, string User, string Hash);
