using System.Globalization;
using Portale.Core.Accounts;

namespace Portale.Functions.Problems;

public static class AccountProblems
{
    public static ProblemResult ToProblem(this AccountException ex)
    {
        var problem = new ProblemResult(ex.Status, ex.Code, ex.Message, ex.Errors);
        foreach (var (name, value) in ex.Extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }
        if (ex.RetryAfter is { } retry)
        {
            problem.Headers["Retry-After"] = ((int)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
        return problem;
    }
}
