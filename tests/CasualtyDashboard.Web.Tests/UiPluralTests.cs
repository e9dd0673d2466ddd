using System.Globalization;
using CasualtyDashboard.Web.Services;

namespace CasualtyDashboard.Web.Tests;

public sealed class UiPluralTests
{
    [Theory]
    [InlineData(0, "zero")]
    [InlineData(1, "one")]
    [InlineData(2, "two")]
    [InlineData(3, "few")]
    [InlineData(10, "few")]
    [InlineData(11, "many")]
    [InlineData(99, "many")]
    [InlineData(100, "other")]
    [InlineData(102, "other")]
    [InlineData(103, "few")]
    [InlineData(1234, "many")]
    [InlineData(-3, "few")]
    public void Category_InArabic_FollowsCldr(long n, string category) =>
        Assert.Equal(category, UiPlural.Category(n, CultureInfo.GetCultureInfo("ar")));

    [Theory]
    [InlineData(1, "one")]
    [InlineData(0, "other")]
    [InlineData(2, "other")]
    [InlineData(21, "other")]
    public void Category_InEnglish_IsOneOrOther(long n, string category)
    {
        Assert.Equal(category, UiPlural.Category(n, CultureInfo.InvariantCulture));
        Assert.Equal(category, UiPlural.Category(n, CultureInfo.GetCultureInfo("en-GB")));
    }

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

    [Fact]
    public void Resolve_WithoutANumber_TakesOther_AndLeavesOtherItemsAlone()
    {
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal("{0}: {1} days", UiPlural.Resolve("{0}: {1:plural:one=# day|other=# days}", _ => null));
            Assert.Equal("{0} as it was", UiPlural.Resolve("{0} as it was", _ => 1));
            Assert.Equal("{0} {1}", UiPlural.Resolve("{0} {1:plural:one=x}", _ => 5));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
