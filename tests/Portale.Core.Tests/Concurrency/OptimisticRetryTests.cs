using Portale.Core.Concurrency;

namespace Portale.Core.Tests.Concurrency;

public class OptimisticRetryTests
{
    [Fact]
    public async Task A_conflict_is_retried_until_the_attempt_succeeds()
    {
        var calls = 0;

        var result = await OptimisticRetry.RunAsync(() =>
            ++calls < 3 ? throw new ConcurrencyConflictException("changed") : Task.FromResult(calls), CancellationToken.None);

        Assert.Equal(3, result);
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task After_the_last_attempt_the_conflict_propagates()
    {
        var calls = 0;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => OptimisticRetry.RunAsync<int>(() =>
        {
            calls++;
            throw new ConcurrencyConflictException("changed");
        }, CancellationToken.None, attempts: 4));

        Assert.Equal(4, calls);
    }

    [Fact]
    public async Task Five_attempts_by_default()
    {
        var calls = 0;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => OptimisticRetry.RunAsync<int>(() =>
        {
            calls++;
            throw new ConcurrencyConflictException("changed");
        }, CancellationToken.None));

        Assert.Equal(OptimisticRetry.DefaultAttempts, calls);
        Assert.Equal(5, calls);
    }

    [Fact]
    public async Task Any_other_failure_propagates_at_once()
    {
        var calls = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => OptimisticRetry.RunAsync<int>(() =>
        {
            calls++;
            throw new InvalidOperationException("broken");
        }, CancellationToken.None));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task The_caller_says_which_failures_are_conflicts()
    {
        var calls = 0;

        await OptimisticRetry.RunAsync(() =>
        {
            if (++calls == 1)
            {
                throw new TimeoutException("lost the race");
            }
            return Task.CompletedTask;
        }, ex => ex is TimeoutException, CancellationToken.None);

        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task Cancellation_stops_the_retries()
    {
        using var cancel = new CancellationTokenSource();
        var calls = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OptimisticRetry.RunAsync<int>(() =>
        {
            calls++;
            cancel.Cancel();
            throw new ConcurrencyConflictException("changed");
        }, cancel.Token));

        Assert.Equal(1, calls);
    }
}
