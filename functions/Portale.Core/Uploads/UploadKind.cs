namespace Portale.Core.Uploads;

/// <summary>What an upload carries; the API spells it in kebab-case (see <see cref="UploadKindNames"/>).</summary>
public enum UploadKind
{
    /// <summary>One PDF answering one selected letter (section 2, or a further answer from section 5).</summary>
    Answer,

    /// <summary>A .zip of answers, each named <c>R-</c> + a selected letter's name.</summary>
    AnswersZip,

    /// <summary>A free communication (section 6): a PDF with a short label.</summary>
    Communication,

    /// <summary>A TIRV rejection (manual ch. 7), a free communication with a fixed file name.</summary>
    TirvRejection,
}
