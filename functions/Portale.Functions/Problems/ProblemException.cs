namespace Portale.Functions.Problems;

/// <summary>Thrown by a function to answer with a problem; turned into <see cref="ProblemResult"/> by middleware.</summary>
public sealed class ProblemException(int status, string code, string message, IReadOnlyDictionary<string, string[]>? errors = null)
    : Exception(message)
{
    public ProblemResult ToResult() => new(status, code, Message, errors);
}
