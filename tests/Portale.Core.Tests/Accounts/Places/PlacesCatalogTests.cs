using Portale.Core.Accounts.Places;

namespace Portale.Core.Tests.Accounts.Places;

public class PlacesCatalogTests
{
    private readonly PlacesCatalog catalog = PlacesCatalog.Default;

    [Fact]
    public void Rom_finds_rome_first_with_province_and_region()
    {
        var rome = catalog.Search("rom").First();
        Assert.Equal("ROMA (RM)", rome.Label);
        Assert.Equal("H501", rome.Code);
        Assert.Equal("RM", rome.Province);
        Assert.Equal("Lazio", rome.Region);
        Assert.True(rome.Active);
    }

    [Fact]
    public void Alb_finds_albania_with_its_z_code()
    {
        var albania = Assert.Single(catalog.Search("alb", 50), p => p.Kind == PlaceKind.ForeignState && p.Name == "ALBANIA");
        Assert.Equal("Z100", albania.Code);
        Assert.Equal("ALB", albania.IsoAlpha3);
        Assert.Equal("ALBANIA (ALB)", albania.Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ro")]
    [InlineData("r'o")]
    [InlineData(null)]
    public void Needs_at_least_three_letters(string? query) => Assert.Empty(catalog.Search(query));

    [Fact]
    public void Ignores_case_accents_and_punctuation()
    {
        Assert.Contains(catalog.Search("cantu", 20), p => p.Name == "CANTÙ");
        Assert.Contains(catalog.Search("Sant Agata de Goti", 20), p => p.Name == "SANT'AGATA DE' GOTI");
    }

    [Fact]
    public void Prefix_matches_come_before_contains_matches()
    {
        var results = catalog.Search("roma", 50).ToList();
        var firstContains = results.FindIndex(p => !p.Name.StartsWith("ROMA", StringComparison.Ordinal));
        Assert.True(firstContains > 0);
        Assert.All(results.Skip(firstContains), p => Assert.False(p.Name.StartsWith("ROMA", StringComparison.Ordinal)));
        Assert.Contains(results, p => p.Name == "ROMANIA" && p.Kind == PlaceKind.ForeignState);
    }

    [Fact]
    public void Finds_the_second_official_name() =>
        Assert.Contains(catalog.Search("bozen"), p => p.Code == "A952" && p.Label == "BOLZANO (BZ)");

    [Fact]
    public void Respects_the_maximum() => Assert.Equal(3, catalog.Search("san", 3).Count);

    [Fact]
    public void Shows_ceased_comuni_with_their_last_year()
    {
        var acquarica = Assert.Single(catalog.Search("acquarica del capo"));
        Assert.False(acquarica.Active);
        Assert.Equal("ACQUARICA DEL CAPO (LE) - fino al 2019", acquarica.Label);
    }

    [Fact]
    public void Former_names_follow_the_current_one()
    {
        var results = catalog.Search("abano");
        Assert.Equal("ABANO TERME (PD)", results[0].Label);
        Assert.Contains(results, p => p.Label == "ABANO (PD) - fino al 1924" && p.Code == "A001");
    }

    [Fact]
    public void Looks_up_a_ceased_comune_by_birth_date()
    {
        var place = catalog.Lookup("A042", new DateOnly(1980, 5, 1));
        Assert.NotNull(place);
        Assert.Equal("ACQUARICA DEL CAPO", place.Name);
        Assert.Null(catalog.Lookup("A042", new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Looks_up_the_name_valid_on_the_date()
    {
        Assert.Equal("ABANO", catalog.Lookup("A001", new DateOnly(1910, 1, 1))?.Name);
        Assert.Equal("ABANO TERME", catalog.Lookup("A001", new DateOnly(1990, 1, 1))?.Name);
        Assert.Equal("TN", catalog.Lookup("A952", new DateOnly(1925, 1, 1))?.Province);
        Assert.Equal("BZ", catalog.Lookup("a952", new DateOnly(1990, 1, 1))?.Province);
    }

    [Fact]
    public void A_comune_created_later_did_not_exist_before()
    {
        Assert.Null(catalog.Lookup("M297", new DateOnly(1985, 1, 1)));
        Assert.Equal("FIUMICINO", catalog.Lookup("M297", new DateOnly(1995, 1, 1))?.Name);
    }

    [Fact]
    public void Looks_up_foreign_states() => Assert.Equal("ALBANIA", catalog.Lookup("Z100", new DateOnly(2001, 1, 1))?.Name);

    [Fact]
    public void Unknown_code_is_absent()
    {
        Assert.Null(catalog.Lookup("Q999", new DateOnly(2001, 1, 1)));
        Assert.False(catalog.Contains("Q999"));
        Assert.Equal("ROMA", catalog.Find("H501")?.Name);
    }

    [Fact]
    public void Embedded_data_covers_all_active_comuni_and_the_foreign_states()
    {
        var all = catalog.Search("a", 0);
        Assert.Empty(all);
        Assert.True(catalog.Count > 10_000);
        Assert.NotNull(catalog.Lookup("F205", new DateOnly(2000, 1, 1))); // Milano
        Assert.NotNull(catalog.Lookup("Z404", new DateOnly(2000, 1, 1))); // Stati Uniti d'America
    }
}
