using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Feeds;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed partial class MessageTextTests
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));
    private static readonly MessageText Text = new(Strings.Localizer, new CodeNames(Strings.Localizer));

    /// <summary>Every code the libraries raise (Reconciliation's and the Jobs': runs, import reports, feeds).</summary>
    public static TheoryData<string> Codes() => [.. ReconciliationMessages.Codes, .. JobMessages.Codes, .. ImportMessages.Codes, .. FeedMessages.Codes];

    public static TheoryData<string> Terms() => [.. ReconciliationMessages.Terms, .. ImportMessages.Terms];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_HasAWordingInBothLanguages_WithTheSamePlaceholders(string code)
    {
        var english = Resources.GetString($"Msg.{code}", CultureInfo.InvariantCulture);
        var arabic = Resources.GetResourceSet(CultureInfo.GetCultureInfo("ar"), createIfNotExists: true, tryParents: false)!.GetString($"Msg.{code}");

        Assert.False(english is null, $"Msg.{code} has no English wording");
        Assert.False(arabic is null, $"Msg.{code} has no Arabic wording");
        Assert.Equal(Placeholders(english), Placeholders(arabic));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_InArabic_HasNoEnglishWordLeft(string code)
    {
        using var _ = Strings.Language("ar");

        var text = Text.Text(Sample(code));

        Assert.DoesNotMatch(Latin(), text);
        Assert.Matches("[\u0600-\u06FF]|^[\\d\u2066\u2069,.؛ ()+:/-]*$", text);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryCode_InEnglish_WritesNumbersInTheOneFormat(string code)
    {
        using var _ = Strings.Language("en");

        var sample = Sample(code);
        var text = Text.Text(sample);

        if (sample.Args.Count > 0) Assert.Contains("\u20661,234\u2069", text, StringComparison.Ordinal);
        Assert.Matches("[A-Za-z]{3}|^[^A-Za-z]*$", text);
        Assert.DoesNotContain("1234", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void EveryTerm_HasAWordingInBothLanguages(string term)
    {
        using (Strings.Language("ar")) Assert.Matches("^[\u0600-\u06FF ]+$", Text.Text(Message.Of(ReconciliationMessages.Value, MessageArg.Term(term))));
        using (Strings.Language("en")) Assert.DoesNotContain("_", Text.Text(Message.Of(ReconciliationMessages.Value, MessageArg.Term(term))), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NamesEachArgumentByItsKind_AndNestsMessages()
    {
        var reason = Message.Of(ReconciliationMessages.CrossSource, MessageArg.Day(new DateOnly(2024, 5, 1)), MessageArg.List([
            Message.Of(ReconciliationMessages.SourceClaim, MessageArg.Authority("gaza_moh"),
                MessageArg.Of(Message.Of(ReconciliationMessages.ClaimOfOutlet, MessageArg.Number(43204), MessageArg.Text("RT"), MessageArg.Text("7")))),
            Message.Of(ReconciliationMessages.SourceClaim, MessageArg.Of(Message.Of(ReconciliationMessages.ReferenceLabel, MessageArg.Authority("un_ocha"))),
                MessageArg.Of(Message.Of(ReconciliationMessages.ClaimOfReference, MessageArg.Number(43100), MessageArg.Text("-3")))),
        ]));

        using (Strings.Language("en"))
        {
            Assert.Equal("Sources disagree on 2024-05-01 beyond the tolerance: Gaza Ministry of Health 43,204 (RT, claim 7); "
                + "UN OCHA (reference) 43,100 (reference, claim -3).", Plain(Text.Text(reason)));
        }

        using (Strings.Language("ar"))
        {
            var arabic = Text.Text(reason);
            Assert.Contains("وزارة الصحة في غزة", arabic, StringComparison.Ordinal);
            Assert.Contains("\u206643,204\u2069", arabic, StringComparison.Ordinal);
            Assert.Contains("\u20662024-05-01\u2069", arabic, StringComparison.Ordinal);
            Assert.Contains("؛ ", arabic, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_StoredBeforeCodes_IsShownAsItWas()
    {
        Assert.Equal("Sources disagree on 2024-05-01.", Text.Text("Sources disagree on 2024-05-01."));
        Assert.Equal("", Text.Text((string?)null));
    }

    [Fact]
    public void English_ForTheApiAndExports_HasNoIsolates_WhateverTheInterfaceLanguage()
    {
        using var _ = Strings.Language("ar");

        var text = MessageText.English(Message.Of(ReconciliationMessages.ResetStated, MessageArg.Day(new DateOnly(2024, 1, 1)), MessageArg.Day(new DateOnly(2023, 10, 7))));

        Assert.Equal("A count restarting from 2024-01-01 opens a new series beside the one counting from 2023-10-07.", text);
        Assert.Equal("ar", CultureInfo.CurrentUICulture.Name);
    }

    [Theory]
    [InlineData("en", 1, "a step of +40 in 1 day (40/day)")]
    [InlineData("en", 3, "a step of +40 in 3 days (13.3/day)")]
    [InlineData("ar", 1, "زيادة قدرها +40 في يوم واحد (40 في اليوم)")]
    [InlineData("ar", 2, "زيادة قدرها +40 في يومين (20 في اليوم)")]
    [InlineData("ar", 3, "زيادة قدرها +40 في 3 أيام (13.3 في اليوم)")]
    [InlineData("ar", 11, "زيادة قدرها +40 في 11 يومًا (3.6 في اليوم)")]
    [InlineData("ar", 100, "زيادة قدرها +40 في 100 يوم (0.4 في اليوم)")]
    public void Text_WritesACountedNoun_InTheFormItsNumberTakes(string language, int days, string expected)
    {
        using var _ = Strings.Language(language);

        var text = Text.Text(Message.Of(ReconciliationMessages.Step, MessageArg.Number(40), MessageArg.Number(days), MessageArg.Number(Math.Round(40.0 / days, 1))));

        Assert.Equal(expected, Plain(text));
    }

    /// <summary>A message of <paramref name="code"/> with a number for each placeholder.</summary>
    private static Message Sample(string code)
    {
        var count = Placeholders(Resources.GetString($"Msg.{code}", CultureInfo.InvariantCulture) ?? "").Select(int.Parse).DefaultIfEmpty(-1).Max() + 1;
        return new Message(code, Enumerable.Repeat(MessageArg.Number(1234), count).ToList());
    }

    private static SortedSet<string> Placeholders(string format) => [.. Placeholder().Matches(format).Select(m => m.Groups[1].Value)];

    private static string Plain(string text) => text.Replace("\u2066", "", StringComparison.Ordinal).Replace("\u2068", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal);

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[A-Za-z]")]
    private static partial Regex Latin();
}
