namespace Portale.Core.Letters;

/// <summary>When a letter's proroga was granted, and to which operator (who asked for it).</summary>
public sealed record ExtensionGrant(DateTimeOffset GrantedAt, string RequestedBy);
