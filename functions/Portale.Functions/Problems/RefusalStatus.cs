namespace Portale.Functions.Problems;

/// <summary>The one place where a refusal's kind becomes an HTTP status.</summary>
public static class RefusalStatus
{
    public static int Of(RefusalKind kind) => kind switch
    {
        RefusalKind.Validation => StatusCodes.Status422UnprocessableEntity,
        RefusalKind.BadRequest => StatusCodes.Status400BadRequest,
        RefusalKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Gone => StatusCodes.Status410Gone,
        RefusalKind.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        RefusalKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        // A locked account is a refusal of access like any other: 403, with its own code.
        RefusalKind.Locked => StatusCodes.Status403Forbidden,
        RefusalKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        RefusalKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A refusal kind without an HTTP status."),
    };
}
