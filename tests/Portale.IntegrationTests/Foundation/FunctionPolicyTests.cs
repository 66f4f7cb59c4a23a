using Portale.Functions.Security;

namespace Portale.IntegrationTests.Foundation;

/// <summary>A feature class states its policy once; a method's own policy replaces it, never adds to it.</summary>
public sealed class FunctionPolicyTests
{
    [Fact]
    public void A_method_without_a_policy_takes_its_class_policy()
    {
        var method = typeof(OperatorFeature).GetMethod(nameof(OperatorFeature.Plain))!;
        Assert.NotNull(FunctionMethods.PolicyOf<OperatorOnlyAttribute>(method));
        Assert.Null(FunctionMethods.PolicyOf<StaffOnlyAttribute>(method));
    }

    [Fact]
    public void A_method_with_a_policy_of_another_kind_does_not_inherit_the_class_policy()
    {
        var method = typeof(OperatorFeature).GetMethod(nameof(OperatorFeature.ForStaff))!;
        Assert.Null(FunctionMethods.PolicyOf<OperatorOnlyAttribute>(method));
        Assert.Equal(["HelpDesk"], FunctionMethods.PolicyOf<StaffOnlyAttribute>(method)!.Roles);
    }

    [Fact]
    public void A_method_policy_of_the_same_kind_wins_over_the_class_one()
    {
        var method = typeof(StaffFeature).GetMethod(nameof(StaffFeature.ForHelpDesk))!;
        Assert.Equal(["HelpDesk"], FunctionMethods.PolicyOf<StaffOnlyAttribute>(method)!.Roles);
    }

    [OperatorOnly]
    private sealed class OperatorFeature
    {
        public void Plain() { }

        [StaffOnly("HelpDesk")]
        public void ForStaff() { }
    }

    [StaffOnly("BackOffice")]
    private sealed class StaffFeature
    {
        [StaffOnly("HelpDesk")]
        public void ForHelpDesk() { }
    }
}
