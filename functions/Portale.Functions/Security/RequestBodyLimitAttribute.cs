namespace Portale.Functions.Security;

/// <summary>
/// The function takes a file of up to <see cref="FileBytes"/> bytes in its request body (multipart): the
/// request may carry that plus <see cref="RequestBodyLimits.FormEnvelopeBytes"/> for the other fields.
/// Functions without it keep <see cref="RequestBodyLimits.DefaultBytes"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequestBodyLimitAttribute(long fileBytes) : Attribute
{
    public long FileBytes { get; } = fileBytes;
}
