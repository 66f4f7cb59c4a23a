namespace Portale.Core.Clients;

/// <summary>A client just created, with its secret: the only time the secret exists outside its holder.</summary>
public sealed record CreatedClient(ApiClient Client, string Secret);
