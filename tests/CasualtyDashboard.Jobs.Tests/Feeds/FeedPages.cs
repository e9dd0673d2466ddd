using System.Text;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

/// <summary>Feed documents and article pages shaped like an Arabic news site's, for the test server.</summary>
public static class FeedPages
{
    public static string Article(string title, string body) => $$"""
        <!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{{title}} | الموقع</title>
        <script>window.dataLayer = ["99999 شهيد"];</script><style>p { margin: 0 }</style></head>
        <body>
          <header><div class="logo">الموقع</div></header>
          <nav><a href="/">الرئيسية</a> <a href="/gaza">غزة</a> <a href="/world">العالم</a></nav>
          <main><article>
            <h1>{{title}}</h1>
            <div class="social-share"><a href="#">شارك</a></div>
            <p>{{body}}</p>
            <p>اقرأ أيضاً: <a href="/old">حصيلة الأسبوع الماضي 1234</a></p>
            <p>وأفادت مصادر طبية بأن المستشفيات تعمل فوق طاقتها.</p>
            <div class="related-articles"><h3>أخبار ذات صلة</h3><ul><li><a href="/r">غارة سابقة 4321</a></li></ul></div>
          </article></main>
          <footer>جميع الحقوق محفوظة</footer>
        </body></html>
        """;

    /// <summary>The text <see cref="Article"/> should come out as.</summary>
    public static string ArticleText(string title, string body) => $"{title}\n\n{body}\n\nوأفادت مصادر طبية بأن المستشفيات تعمل فوق طاقتها.";

    public static string Rss(params (string Guid, string Link, string Title, string PubDate)[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>وكالة</title><link>http://x/</link><description>d</description>");
        foreach (var (guid, link, title, pubDate) in items)
            xml.Append($"<item><title>{title}</title><link>{link}</link><guid isPermaLink=\"false\">{guid}</guid><pubDate>{pubDate}</pubDate><description>ملخص</description></item>");
        return xml.Append("</channel></rss>").ToString();
    }

    public static string Atom(params (string Id, string Link, string Title, string Published)[] entries)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>قناة</title><id>urn:feed</id><updated>2024-01-01T00:00:00Z</updated>");
        foreach (var (id, link, title, published) in entries)
            xml.Append($"<entry><id>{id}</id><title>{title}</title><link rel=\"alternate\" type=\"text/html\" href=\"{link}\"/><published>{published}</published><updated>{published}</updated></entry>");
        return xml.Append("</feed>").ToString();
    }
}
