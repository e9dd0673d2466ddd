using CasualtyDashboard.Jobs.Feeds;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

public sealed class ArticleTextExtractorTests
{
    [Fact]
    public void Extract_NewsPage_KeepsTheArticleParagraphs_DropsNavigationScriptsAndRelatedBlocks()
    {
        var page = ArticleTextExtractor.Extract("""
            <html><head><title>الموقع | خبر</title><meta property="article:published_time" content="2023-11-07T09:00:00+02:00">
              <script>var tracking = "ارتفاع الحصيلة 99999";</script><style>p { color: red }</style></head>
            <body>
              <header><a href="/">الرئيسية</a></header>
              <nav><ul><li><a href="/a">سياسة</a></li><li><a href="/b">اقتصاد</a></li></ul></nav>
              <main>
                <article class="post">
                  <h1>ارتفاع الحصيلة في غزة</h1>
                  <div class="share-buttons"><a href="#">فيسبوك</a><a href="#">تويتر</a></div>
                  <p>أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 10328 شهيدا.</p>
                  <p><strong>اقرأ أيضاً:</strong> <a href="/x">غارات جديدة على رفح</a></p>
                  <p>وأضافت الوزارة أن عدد الجرحى بلغ 25956 جريحا.<br>معظمهم من الأطفال.</p>
                  <h3>مقالات مشابهة</h3>
                  <ul><li><a href="/r1">حصيلة سابقة 9000</a></li><li><a href="/r2">حصيلة أقدم 8000</a></li></ul>
                  <section id="comments"><p>تعليق: الرقم 5 غير صحيح</p></section>
                </article>
                <article class="teaser"><p>خبر آخر 777</p></article>
              </main>
              <aside><p>الأكثر قراءة 444</p></aside>
              <footer>© 2023</footer>
            </body></html>
            """);

        Assert.Equal(
            "ارتفاع الحصيلة في غزة\n\nأعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 10328 شهيدا.\n\nوأضافت الوزارة أن عدد الجرحى بلغ 25956 جريحا.\nمعظمهم من الأطفال.",
            page.Text);
        Assert.Equal("ارتفاع الحصيلة في غزة", page.Title);
        Assert.Equal(new DateOnly(2023, 11, 7), page.Published);
    }

    [Fact]
    public void Extract_PageWithoutArticleMarkup_TakesTheBlockWithTheMostParagraphs()
    {
        var page = ArticleTextExtractor.Extract("""
            <body><div class="menu"><p>روابط</p></div>
              <div id="content"><p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية من الخبر.</p>
                <div class="related-posts"><p>خبر ذو صلة</p></div>
                <p>اقرا ايضا: عنوان آخر</p></div></body>
            """);

        Assert.Equal("الفقرة الأولى من الخبر.\n\nالفقرة الثانية من الخبر.", page.Text);
    }

    [Fact]
    public void Extract_InlineRelatedHeadingWithDiacritics_IsDroppedWithItsLinkList()
    {
        var page = ArticleTextExtractor.Extract("""
            <article><p>نص الخبر.</p><p><b>مواضيعُ ذاتُ صلة</b></p><p><a href="/1">عنوان 1</a></p><p><a href="/2">عنوان 2</a></p><p>خاتمة الخبر.</p></article>
            """);

        Assert.Equal("نص الخبر.\n\nخاتمة الخبر.", page.Text);
    }

    [Fact]
    public void Extract_HostileHtml_ComesOutAsInertPlainText()
    {
        var page = ArticleTextExtractor.Extract("""
            <html><head><script src="http://evil.example/x.js"></script></head><body onload="steal()">
            <article>
              <p onclick="alert('click')">قتل 12 شخصا <img src=x onerror="alert(document.cookie)"> في القصف.</p>
              <p><a href="javascript:alert(1)">رابط خبيث</a> و<a href="data:text/html,<script>alert(2)</script>">رابط آخر</a></p>
              <script>document.write('<p>حقن 666</p>')</script>
              <iframe src="javascript:alert(3)"></iframe>
              <svg onload="alert(4)"><text>svg 555</text></svg>
              <style>@import url(javascript:alert(5));</style>
              <p>نص يذكر الوسم &lt;script&gt; حرفيا.</p>
            </article></body></html>
            """);

        Assert.Equal("قتل 12 شخصا في القصف.\n\nرابط خبيث ورابط آخر\n\nنص يذكر الوسم <script> حرفيا.", page.Text);
        foreach (var hostile in new[] { "alert", "javascript", "onerror", "onclick", "evil.example", "666", "555", "src=", "href" })
            Assert.DoesNotContain(hostile, page.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_EmptyOrTextFreePage_GivesEmptyText()
    {
        Assert.Equal("", ArticleTextExtractor.Extract("").Text);
        Assert.Equal("", ArticleTextExtractor.Extract("<html><body><nav>menu</nav><script>x</script></body></html>").Text);
    }
}
