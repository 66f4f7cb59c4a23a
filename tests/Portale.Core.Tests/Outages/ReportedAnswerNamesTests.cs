using Portale.Core.Outages;
using Portale.Core.Refusals;

namespace Portale.Core.Tests.Outages;

public sealed class ReportedAnswerNamesTests
{
    private static (IReadOnlyList<string> Names, IReadOnlyDictionary<string, string[]>? Errors) Check(params ReportedName[] names)
    {
        var errors = new ValidationErrors();
        var canonical = ReportedAnswerNames.Check(names, "answers", errors);
        try
        {
            errors.ThrowIfAny();
            return (canonical, null);
        }
        catch (RefusalException refused)
        {
            return (canonical, refused.Errors);
        }
    }

    [Fact]
    public void Names_in_any_case_with_or_without_extension_count_once_and_a_header_row_is_skipped()
    {
        var (names, errors) = Check(new("Risposta", 1), new("r-p-26-0000001_01.pdf", 2), new(" R-P-26-0000001_01 ", 3), new("", 4), new("R-P-26-0000002_001.PDF", 5));

        Assert.Null(errors);
        Assert.Equal(["R-P-26-0000001_01.PDF", "R-P-26-0000002_001.PDF"], names);
    }

    [Fact]
    public void A_letter_name_or_anything_else_is_refused_with_its_row()
    {
        var (_, errors) = Check(new("L-P-26-0000001_01.PDF", 2), new(new string('x', 200)));

        Assert.Equal(["Riga 2: 'L-P-26-0000001_01.PDF' non è il nome di una risposta (R-P-AA-NNNNNNN_NN.PDF).",
            $"'{new string('x', ReportedAnswerNames.MaxShown)}…' non è il nome di una risposta (R-P-AA-NNNNNNN_NN.PDF)."], errors!["answers"]);
    }

    [Fact]
    public void None_or_too_many_is_refused_and_wrong_names_are_listed_at_most_twenty_times()
    {
        Assert.Equal(["Indicare almeno una risposta non caricata (R-P-AA-NNNNNNN_NN.PDF)."], Check(new ReportedName(" ")).Errors!["answers"]);
        var many = Enumerable.Range(1, ReportedAnswerNames.Max + 1).Select(i => new ReportedName($"R-P-26-{i:D7}_01")).ToArray();
        Assert.Equal(["È possibile segnalare al massimo 500 risposte per volta."], Check(many).Errors!["answers"]);
        var wrong = Enumerable.Range(0, 50).Select(i => new ReportedName($"x{i}")).ToArray();
        Assert.Equal(ReportedAnswerNames.MaxMessages, Check(wrong).Errors!["answers"].Length);
    }
}
