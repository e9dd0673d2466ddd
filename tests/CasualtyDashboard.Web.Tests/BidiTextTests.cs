using CasualtyDashboard.Web.Services;

namespace CasualtyDashboard.Web.Tests;

public sealed class BidiTextTests
{
    [Fact]
    public void Format_DateArgument_IsALeftToRightIsolatedRun()
    {
        var html = BidiText.Format("آخر مطابقة {0}", BidiText.Ltr("2023-11-07 10:00")).Value;

        Assert.Equal("آخر مطابقة <bdi dir=\"ltr\" class=\"ltr-run\">2023-11-07 10:00</bdi>", html);
    }

    [Fact]
    public void Format_NameArgument_IsIsolatedWithItsOwnDirection()
    {
        var html = BidiText.Format("{0}, quoted by {1}", "gaza_moh", "وكالة الأنباء").Value;

        Assert.Equal("<bdi>gaza_moh</bdi>, quoted by <bdi>وكالة الأنباء</bdi>", html);
    }

    [Fact]
    public void Format_MarkupInTheStringOrTheArguments_IsEncoded()
    {
        var html = BidiText.Format("<b>{0}</b> & more", "<script>x</script>").Value;

        Assert.Equal("&lt;b&gt;<bdi>&lt;script&gt;x&lt;/script&gt;</bdi>&lt;/b&gt; &amp; more", html);
    }

    [Fact]
    public void Format_Backticks_BecomeLeftToRightCode()
    {
        var html = BidiText.Format("ملف `.txt` أو `.csv`").Value;

        Assert.Equal("ملف <code dir=\"ltr\">.txt</code> أو <code dir=\"ltr\">.csv</code>", html);
    }

    [Fact]
    public void Format_StrongRun_IsBoldInsideItsIsolate()
    {
        var html = BidiText.Format("حسمه {0}", BidiText.Strong("local-analyst")).Value;

        Assert.Equal("حسمه <bdi><strong>local-analyst</strong></bdi>", html);
    }
}
