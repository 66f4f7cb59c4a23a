using UglyToad.PdfPig.Core;

namespace Portale.Adapters.Documents;

/// <summary>Where a form field is drawn: its 1-based page and its rectangle in PDF points.</summary>
public sealed record PdfFieldArea(int Page, PdfRectangle Rectangle);
