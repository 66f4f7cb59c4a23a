namespace Portale.Core.Letters;

/// <summary>Someone else changed a letter (or a section counter) between read and write: re-read and retry.</summary>
public sealed class LetterConflictException(string message, Exception? inner = null) : Exception(message, inner);
