using Microsoft.AspNetCore.Http;

namespace Portale.LocalHost.Functions;

/// <summary>What starts one invocation: the trigger's value, the binding data, and the HTTP request if any.</summary>
public sealed record InvocationInput(
    object? TriggerValue,
    IReadOnlyDictionary<string, object?> BindingData,
    HttpContext? HttpContext = null,
    int RetryCount = 0);
