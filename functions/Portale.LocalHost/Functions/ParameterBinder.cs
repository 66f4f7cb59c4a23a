using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Http;

namespace Portale.LocalHost.Functions;

/// <summary>
/// Binds a function's parameters as the worker does: the trigger, the context, the cancellation token,
/// then by name from binding data (route values over query string) and from top-level JSON body properties.
/// </summary>
internal static class ParameterBinder
{
    public static async Task<object?[]> BindAsync(
        FunctionDescriptor function, FunctionContext context, InvocationInput input)
    {
        var parameters = function.Method.GetParameters();
        var values = new object?[parameters.Length];
        JsonElement? body = null;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = parameters[i];
            if (p.Position == function.TriggerParameter.Position)
            {
                values[i] = input.TriggerValue;
            }
            else if (p.ParameterType == typeof(FunctionContext))
            {
                values[i] = context;
            }
            else if (p.ParameterType == typeof(CancellationToken))
            {
                values[i] = context.CancellationToken;
            }
            else if (p.GetCustomAttribute<FromBodyAttribute>() is not null && input.HttpContext is { } http)
            {
                values[i] = await http.Request.ReadFromJsonAsync(
                    p.ParameterType, PortaleJson.Options, context.CancellationToken);
            }
            else if (Lookup(input.BindingData, p.Name!) is { } raw)
            {
                values[i] = Convert(raw, p.ParameterType);
            }
            else
            {
                body ??= await ReadBodyAsync(input);
                values[i] = FromBody(body.Value, p) ?? (p.HasDefaultValue ? p.DefaultValue : Default(p.ParameterType));
            }
        }
        return values;
    }

    private static object? Lookup(IReadOnlyDictionary<string, object?> data, string name) =>
        data.FirstOrDefault(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static object? Convert(object raw, Type target)
    {
        if (target.IsInstanceOfType(raw))
        {
            return raw;
        }
        var text = System.Convert.ToString(raw, CultureInfo.InvariantCulture);
        return text is null ? null : TypeDescriptor.GetConverter(target).ConvertFromInvariantString(text);
    }

    private static async Task<JsonElement> ReadBodyAsync(InvocationInput input)
    {
        var request = input.HttpContext?.Request;
        if (request is null || request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return default;
        }
        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static object? FromBody(JsonElement body, ParameterInfo p)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in body.EnumerateObject())
        {
            if (string.Equals(property.Name, p.Name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.Deserialize(p.ParameterType, PortaleJson.Options);
            }
        }
        return null;
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
