namespace Portale.LocalHost.Functions;

/// <summary>As the real blob trigger: five tries, then the blob is parked as poison.</summary>
public static class BlobRetryPolicy
{
    public const int MaxAttempts = 5;

    public static TimeSpan DelayBefore(int attempt) => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt - 1));
}
