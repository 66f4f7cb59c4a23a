using Microsoft.Azure.Functions.Worker.Middleware;
using Portale.Functions.Middleware;

namespace Portale.Functions.Hosting;

/// <summary>The worker middleware, in order. The Functions app and the local host both run exactly this list.</summary>
public static class PortaleMiddlewarePipeline
{
    public static IReadOnlyList<Type> Order { get; } =
    [
        typeof(SecurityHeadersMiddleware),
        typeof(ProblemMiddleware),
        typeof(RequestBodyLimitMiddleware),
        typeof(MaintenanceMiddleware),
        typeof(StaffAuditMiddleware),
        typeof(StaffAuthenticationMiddleware),
        typeof(OperatorAuthenticationMiddleware),
        typeof(OfflineDaysMiddleware),
    ];

    public static IServiceCollection AddPortaleMiddleware(this IServiceCollection services)
    {
        foreach (var type in Order)
        {
            services.AddSingleton(type);
        }
        return services;
    }

    public static IFunctionsWorkerApplicationBuilder UsePortaleMiddleware(
        this IFunctionsWorkerApplicationBuilder builder)
    {
        foreach (var type in Order)
        {
            builder.Use(next => context =>
                ((IFunctionsWorkerMiddleware)context.InstanceServices.GetRequiredService(type)).Invoke(context, next));
        }
        return builder;
    }

    /// <summary>Composes the pipeline around <paramref name="function"/>, as the worker does.</summary>
    public static FunctionExecutionDelegate Compose(IServiceProvider services, FunctionExecutionDelegate function)
    {
        var pipeline = function;
        foreach (var type in Order.Reverse())
        {
            var middleware = (IFunctionsWorkerMiddleware)services.GetRequiredService(type);
            var next = pipeline;
            pipeline = context => middleware.Invoke(context, next);
        }
        return pipeline;
    }
}
