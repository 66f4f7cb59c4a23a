namespace Portale.Core.Uploads;

/// <summary>What a PDF inspection found: the verdict and, for <see cref="PdfCheck.ActiveContent"/>, what was active.</summary>
public sealed record PdfInspection(PdfCheck Check, IReadOnlyList<PdfActiveContent> ActiveContent)
{
    public static PdfInspection Of(PdfCheck check) => new(check, []);

    public bool IsValid => Check == PdfCheck.Valid;
}
