using System.Globalization;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Tests;

public sealed class UiPluralTests
{
    [Fact]
    public void Format_TakesTheFormOfItsArgument_InTheInterfaceLanguage()
    {
        const string Days = "{0} over {1:plural:one=# day|two=two days|other=# days}";
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal("+5 over 1 day", UiPlural.Format(Days, "+5", 1));
            Assert.Equal("+5 over 2 days", UiPlural.Format(Days, "+5", 2));
            Assert.Equal("+5 over 1,234 days", UiPlural.Format(Days, "+5", "1,234"));

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ar");
            Assert.Equal("+5 over two days", UiPlural.Format(Days, "+5", 2));
            Assert.Equal("+5 over 3 days", UiPlural.Format(Days, "+5", 3), StringComparer.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    [Theory]
    [InlineData("en", "1", "1 figure matches.")]
    [InlineData("en", "12,345", "12,345 figures match.")]
    [InlineData("ar", "0", "لا يطابق أي رقم.")]
    [InlineData("ar", "2", "رقمان مطابقان.")]
    [InlineData("ar", "7", "7 أرقام مطابقة.")]
    [InlineData("ar", "12,345", "12,345 رقمًا مطابقًا.")]
    public void Plural_WordsACountFromTheResourceTable_InEachLanguage(string language, string count, string expected)
    {
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
            var l = new StringLocalizer<SharedResource>(
                new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

            Assert.Equal(expected, l.Plural("Export.Count", count));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
