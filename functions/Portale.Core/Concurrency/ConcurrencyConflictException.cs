namespace Portale.Core.Concurrency;

/// <summary>
/// A write lost an optimistic-concurrency race: what it was based on changed meanwhile (an ETag no
/// longer matches, a row it meant to add is already there). Read again and redo: <see cref="OptimisticRetry"/>.
/// </summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
