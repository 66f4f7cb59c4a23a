using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Portale.Core.Documents;

namespace Portale.Core.Tests.Documents;

/// <summary>A well-formed name as someone might type it: random case in every letter.</summary>
public sealed record NameText(string Value)
{
    public override string ToString() => Value;
}

public static class DocumentNameArbitraries
{
    private static Gen<string> Digits(int count) =>
        Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), count).Select(chars => new string(chars));

    public static Arbitrary<NameText> Names() =>
        (from kind in Gen.Elements('L', 'R', 'S')
         from year in Digits(2)
         from caseNumber in Digits(7)
         from progressive in Gen.Elements(2, 3).SelectMany(Digits)
         let canonical = $"{kind}-P-{year}-{caseNumber}_{progressive}.PDF"
         from lowered in Gen.ArrayOf(Gen.Elements(true, false), canonical.Length)
         select new NameText(new string(canonical.Select((c, i) => lowered[i] ? char.ToLowerInvariant(c) : c).ToArray())))
        .ToArbitrary();
}

[Properties(Arbitrary = [typeof(DocumentNameArbitraries)])]
public class DocumentNameProperties
{
    [Property]
    public bool Every_well_formed_name_parses_and_prints_as_its_upper_case_form(NameText text) =>
        DocumentName.TryParse(text.Value, out var name) && name.ToString() == text.Value.ToUpperInvariant();

    [Property]
    public bool Parsing_the_printed_form_gives_an_equal_name(NameText text)
    {
        var name = DocumentName.Parse(text.Value);
        return DocumentName.Parse(name.ToString()) == name;
    }

    [Property]
    public bool Names_differing_only_in_case_are_equal(NameText text) =>
        DocumentName.Parse(text.Value.ToLowerInvariant()) == DocumentName.Parse(text.Value.ToUpperInvariant());

    [Property]
    public bool The_answer_name_changes_only_the_first_character(NameText text)
    {
        var name = DocumentName.Parse(text.Value);
        return name.Kind != DocumentKind.Letter
            || name.ToAnswerName().ToString() == "R" + name.ToString()[1..];
    }

    [Property]
    public bool Cutting_a_character_out_makes_the_name_invalid(NameText text, NonNegativeInt position)
    {
        var cut = text.Value.Remove(position.Get % text.Value.Length, 1);
        // Removing one digit of a three-digit progressive leaves a valid two-digit one.
        return !DocumentName.TryParse(cut, out var name) || name.Progressive.Length == 2;
    }
}
