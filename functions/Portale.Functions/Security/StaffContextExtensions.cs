namespace Portale.Functions.Security;

public static class StaffContextExtensions
{
    public static StaffPrincipal GetStaff(this FunctionContext context) => StaffPrincipal.Of(context);
}
