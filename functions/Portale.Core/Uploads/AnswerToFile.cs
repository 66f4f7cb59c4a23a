namespace Portale.Core.Uploads;

/// <summary>A valid answer PDF waiting to be filed on its letter, with the name it had in the upload.</summary>
public sealed record AnswerToFile(string File, DocumentName Letter, byte[] Pdf);
