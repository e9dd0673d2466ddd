using System.Globalization;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Reconciliation.Tests.Messages;

public sealed class PluralFormsTests
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
        Assert.Equal(category, PluralForms.Category(n, CultureInfo.GetCultureInfo("ar")));

    [Theory]
    [InlineData(1, "one")]
    [InlineData(0, "other")]
    [InlineData(2, "other")]
    [InlineData(21, "other")]
    public void Category_InEnglish_IsOneOrOther(long n, string category)
    {
        Assert.Equal(category, PluralForms.Category(n, CultureInfo.InvariantCulture));
        Assert.Equal(category, PluralForms.Category(n, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void Resolve_WithoutANumber_TakesOther_AndLeavesOtherItemsAlone()
    {
        var english = CultureInfo.InvariantCulture;
        Assert.Equal("{0}: {1} days", PluralForms.Resolve("{0}: {1:plural:one=# day|other=# days}", _ => null, english));
        Assert.Equal("{0}: {1} day", PluralForms.Resolve("{0}: {1:plural:one=# day|other=# days}", _ => 1, english));
        Assert.Equal("{0} as it was", PluralForms.Resolve("{0} as it was", _ => 1, english));
        Assert.Equal("{0} {1}", PluralForms.Resolve("{0} {1:plural:one=x}", _ => 5, english));
        Assert.Equal("{1} أيام", PluralForms.Resolve("{1:plural:one=يوم|few=# أيام|other=# يوم}", _ => 103, CultureInfo.GetCultureInfo("ar")));
    }

    [Theory]
    [InlineData("1,234", 1234L)]
    [InlineData("+12", 12L)]
    [InlineData("-3", -3L)]
    [InlineData("1٬234", 1234L)]
    [InlineData("2024-05-01", null)]
    [InlineData("3.5", null)]
    public void WholeNumber_ReadsGroupedDigits_AndNothingElse(string text, long? expected) =>
        Assert.Equal(expected, PluralForms.WholeNumber(text));
}
