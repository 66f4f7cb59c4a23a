namespace Portale.Core.Clients;

/// <summary>The permissions as the API writes them (OAuth scopes and JSON alike).</summary>
public static class ClientPermissionNames
{
    public const string ReadLetters = "read-letters";
    public const string SendAnswers = "send-answers";

    public static string Of(ClientPermission permission) => permission switch
    {
        ClientPermission.ReadLetters => ReadLetters,
        ClientPermission.SendAnswers => SendAnswers,
        _ => throw new ArgumentOutOfRangeException(nameof(permission)),
    };

    public static ClientPermission? Parse(string? name) => name switch
    {
        ReadLetters => ClientPermission.ReadLetters,
        SendAnswers => ClientPermission.SendAnswers,
        _ => null,
    };

    public static string Scope(IEnumerable<ClientPermission> permissions) => string.Join(' ', permissions.Select(Of));
}
