namespace Portale.Core.Letters;

/// <summary>Destinatario Principale: SI = TO (the company must answer), NO = CC (for information only).</summary>
public enum Recipient
{
    To,
    Cc,
}
