namespace Portale.Core.Concurrency;

/// <summary>
/// Runs a read-modify-write again when it loses a race to a concurrent writer: each attempt reads
/// afresh, so redoing it is safe. After <c>attempts</c> tries the last conflict propagates.
/// </summary>
public static class OptimisticRetry
{
    public const int DefaultAttempts = 5;

    /// <summary>Retries on <see cref="ConcurrencyConflictException"/>.</summary>
    public static Task<T> RunAsync<T>(
        Func<Task<T>> attempt, CancellationToken cancellationToken, int attempts = DefaultAttempts) =>
        RunAsync(attempt, ex => ex is ConcurrencyConflictException, cancellationToken, attempts);

    /// <summary>
    /// Retries on every exception <paramref name="isConflict"/> accepts; any other propagates at once.
    /// </summary>
    public static async Task<T> RunAsync<T>(
        Func<Task<T>> attempt, Func<Exception, bool> isConflict, CancellationToken cancellationToken,
        int attempts = DefaultAttempts)
    {
        for (var tried = 1; ; tried++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception ex) when (tried < attempts && isConflict(ex))
            {
                // A short random pause, longer at each attempt, so parallel writers do not collide again in
                // lockstep. Wall-clock jitter, not business time: no TimeProvider.
                await Task.Delay(Random.Shared.Next(10, 50 * tried), cancellationToken);
            }
        }
    }

    /// <inheritdoc cref="RunAsync{T}(Func{Task{T}}, Func{Exception, bool}, CancellationToken, int)"/>
    public static Task RunAsync(
        Func<Task> attempt, Func<Exception, bool> isConflict, CancellationToken cancellationToken,
        int attempts = DefaultAttempts) =>
        RunAsync(async () =>
        {
            await attempt();
            return true;
        }, isConflict, cancellationToken, attempts);
}
