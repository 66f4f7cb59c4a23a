namespace Portale.Core.Letters;

/// <summary>The operator's letter sections (manual ch. 6): 1 Nuove lettere ricevute, 2 Lettere scaricate da lavorare,
/// 3 Lettere scaricate in copia conoscenza, 5 Archivio lettere con risposta.</summary>
public enum Section
{
    New,
    ToWork,
    Cc,
    Archive,
}
