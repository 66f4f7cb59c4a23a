using Microsoft.Extensions.DependencyInjection;

namespace Portale.LocalHost.Functions;

/// <summary>Runs one invocation: a scope, a fresh function instance, the worker middleware, the method.</summary>
public sealed class FunctionInvoker(IServiceProvider root)
{
    public async Task<object?> InvokeAsync(
        FunctionDescriptor function, InvocationInput input, CancellationToken cancellationToken)
    {
        // An HTTP invocation lives in the request's scope, so its result can still resolve services when executed.
        await using var ownScope = input.HttpContext is null ? root.CreateAsyncScope() : (AsyncServiceScope?)null;
        var services = input.HttpContext?.RequestServices ?? ownScope!.Value.ServiceProvider;
        var context = new LocalFunctionContext(
            function, services, input.BindingData, input.RetryCount, cancellationToken);
        if (input.HttpContext is { } http)
        {
            context.Items["HttpRequestContext"] = http;
        }
        object? result = null;
        var pipeline = PortaleMiddlewarePipeline.Compose(services, async ctx =>
        {
            var arguments = await ParameterBinder.BindAsync(function, ctx, input);
            result = await CallAsync(function, services, arguments);
        });
        await pipeline(context);
        return result;
    }

    private static async Task<object?> CallAsync(
        FunctionDescriptor function, IServiceProvider services, object?[] arguments)
    {
        var instance = function.Method.IsStatic
            ? null
            : ActivatorUtilities.CreateInstance(services, function.ClassType);
        try
        {
            object? returned;
            try
            {
                returned = function.Method.Invoke(instance, arguments);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
            return await AwaitAsync(returned);
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    private static async Task<object?> AwaitAsync(object? returned)
    {
        if (returned is ValueTask valueTask)
        {
            await valueTask;
            return null;
        }
        if (returned?.GetType() is { IsGenericType: true } type
            && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            returned = type.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(returned, null);
        }
        if (returned is Task task)
        {
            await task;
            var resultProperty = task.GetType().GetProperty("Result");
            return resultProperty is not null && resultProperty.PropertyType.Name != "VoidTaskResult"
                ? resultProperty.GetValue(task)
                : null;
        }
        return returned;
    }
}
