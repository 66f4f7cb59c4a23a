namespace Portale.Adapters.Documents;

/// <summary>
/// One field of a fillable PDF (<see cref="PdfFormFields"/>): its name for programs, its label for people
/// (a reader shows it as the field's tooltip) and where it is drawn.
/// </summary>
public sealed record PdfFormField(string Name, string Label, PdfFieldKind Kind, PdfFieldArea Area);
