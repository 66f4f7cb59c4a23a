using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Around every [StaffOnly] function: a call refused for want of a valid token or of an accepted role is
/// recorded in the audit's chain of refusals; a state-changing call that completed without recording its
/// own action (<see cref="StaffAudit.AuditAsync"/>) is recorded under its function's name, so no staff
/// action goes unaudited, whoever adds the function.
/// </summary>
public sealed class StaffAuditMiddleware(AuditTrail audit) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.HttpPolicy<StaffOnlyAttribute>() is null)
        {
            await next(context);
            return;
        }
        // Everything read from the request is read now: after the await it may have been recycled.
        StaffAudit.CaptureAddress(context);
        var method = context.GetHttpContext()!.Request.Method;
        var changesState = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        var target = Target(context);
        try
        {
            await next(context);
        }
        catch (RefusalException refusal) when (refusal.Code is StaffAuthenticationMiddleware.Unauthenticated
            or StaffAuthenticationMiddleware.Forbidden)
        {
            await audit.RefusedAsync(
                StaffAudit.ActorOf(context), target, refusal.Code, CancellationToken.None);
            throw;
        }
        if (changesState && !StaffAudit.IsRecorded(context))
        {
            await audit.RecordAsync(StaffAudit.ActorOf(context), AuditActions.Unnamed, target,
                new Dictionary<string, string> { ["function"] = context.FunctionDefinition.Name }, CancellationToken.None);
        }
    }

    /// <summary>The function and its route values: what was called, on what.</summary>
    private static string Target(FunctionContext context)
    {
        var values = context.GetHttpContext()!.Request.RouteValues
            .Where(v => v.Value is not null)
            .Select(v => $"{v.Key}={v.Value}");
        return string.Join(' ', values.Prepend(context.FunctionDefinition.Name));
    }
}
