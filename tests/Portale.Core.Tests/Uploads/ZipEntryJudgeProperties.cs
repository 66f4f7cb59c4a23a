using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Portale.Core.Documents;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Uploads;

/// <summary>A .zip entry name holding at least one path separator, often around a valid answer name.</summary>
public sealed record PathLikeName(string Value)
{
    public override string ToString() => Value;
}

public static class ZipEntryArbitraries
{
    public const string Answer = "R-P-25-0001234_01.PDF";

    public static Arbitrary<PathLikeName> PathLikeNames()
    {
        var pieces = Gen.Elements("", "a", "..", ".", "sub", "C:", "__MACOSX", Answer, "r-p-25-0001234_01.pdf", " ", "~");
        var separators = Gen.Elements('/', '\\');
        return (from before in pieces
                from separator in separators
                from after in pieces
                from more in Gen.ListOf(Gen.Zip(separators, pieces))
                select new PathLikeName(before + separator + after + string.Concat(more.Select(p => p.Item1 + p.Item2))))
            .ToArbitrary();
    }
}

[Properties(Arbitrary = [typeof(ZipEntryArbitraries)])]
public class ZipEntryJudgeProperties
{
    private static readonly DocumentName[] Selected = [DocumentName.Parse("L-P-25-0001234_01.PDF")];

    [Property]
    public bool A_name_with_a_path_separator_is_never_accepted(PathLikeName name, NonNegativeInt size) =>
        ZipEntryJudge.Judge("a.zip", [new ZipEntryInfo(name.Value, size.Get, size.Get)], Selected)
            .Entries.All(v => v.Outcome != ZipEntryOutcome.Accepted);

    [Property]
    public bool Any_string_with_a_separator_is_never_accepted(string? text, bool backslash)
    {
        var name = (text ?? "") + (backslash ? '\\' : '/') + ZipEntryArbitraries.Answer;
        return ZipEntryJudge.Judge("a.zip", [new ZipEntryInfo(name, 100, 100)], Selected)
            .Entries.All(v => v.Outcome != ZipEntryOutcome.Accepted);
    }

    [Property]
    public bool Every_entry_gets_exactly_one_verdict_in_order(NonEmptyString[] names)
    {
        var entries = names.Take(UploadLimits.ZipMaxEntries).Select(n => new ZipEntryInfo(n.Get, 10, 10)).ToList();
        var plan = ZipEntryJudge.Judge("a.zip", entries, Selected);
        return plan.Entries.Select(v => v.Entry).SequenceEqual(entries)
            && plan.Entries.All(v => (v.Outcome == ZipEntryOutcome.Refused) == (v.Reason is not null));
    }
}
