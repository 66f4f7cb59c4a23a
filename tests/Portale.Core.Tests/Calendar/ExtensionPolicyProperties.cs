using FsCheck.Xunit;
using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

[Properties(Arbitrary = [typeof(CalendarArbitraries)])]
public class ExtensionPolicyProperties
{
    [Property]
    public bool The_total_with_any_choice_never_exceeds_20_working_days(LetterTerms letter) =>
        ExtensionPolicy.Options(letter).Choices.All(days => letter.TermWorkingDays + days <= ExtensionPolicy.MaxTotalWorkingDays);

    [Property]
    public bool Choices_are_offered_exactly_when_no_refusal_is_given(LetterTerms letter)
    {
        var options = ExtensionPolicy.Options(letter);
        return options.IsAllowed == options.Choices.Count > 0;
    }

    [Property]
    public bool Check_accepts_exactly_the_offered_choices(LetterTerms letter, int days)
    {
        var requested = days % 25;
        return ExtensionPolicy.Options(letter).Choices.Contains(requested) == (ExtensionPolicy.Check(letter, requested) is null);
    }

    [Property]
    public bool Once_granted_no_further_extension_is_offered(LetterTerms letter, int days)
    {
        var choices = ExtensionPolicy.Options(letter).Choices;
        if (choices.Count == 0)
        {
            return true;
        }
        var granted = letter with { ExtensionWorkingDays = choices[Math.Abs(days % choices.Count)] };
        return granted.TotalWorkingDays <= ExtensionPolicy.MaxTotalWorkingDays
            && ExtensionPolicy.Options(granted).Refusal == ExtensionRefusal.AlreadyExtended;
    }
}
