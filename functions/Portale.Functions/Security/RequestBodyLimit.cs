namespace Portale.Functions.Security;

/// <summary>The largest request body a function accepts and, for a file route, the file it is sized for.</summary>
public sealed record RequestBodyLimit(long MaxBytes, long? FileBytes);
