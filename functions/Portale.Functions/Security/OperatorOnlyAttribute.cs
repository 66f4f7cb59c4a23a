namespace Portale.Functions.Security;

/// <summary>
/// The function needs a signed-in operator (session cookie). State-changing calls also need the
/// CSRF header, and a <c>{companyId}</c> route value must be a company the user is enabled for.
/// On a class it holds for each of its HTTP functions.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class OperatorOnlyAttribute : Attribute;
