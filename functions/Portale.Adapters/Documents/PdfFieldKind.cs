namespace Portale.Adapters.Documents;

public enum PdfFieldKind
{
    Text,
    CheckBox,
    Signature,
}
