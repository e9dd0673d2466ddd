using System.Text;
using System.Text.RegularExpressions;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Turns a page's bytes into text: byte-order mark, else the HTTP charset, else the page's own <c>&lt;meta charset&gt;</c>,
/// else UTF-8. Legacy Arabic code pages (windows-1256, ISO-8859-6) are understood.
/// </summary>
public static partial class PageDecoder
{
    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? charset)
    {
        var encoding = FromBom(body) ?? Named(charset) ?? Named(MetaCharset(body)) ?? Encoding.UTF8;
        return encoding.GetString(body).TrimStart('\uFEFF');
    }

    /// <summary>True for content types that hold a page (HTML, XHTML) or say nothing useful.</summary>
    public static bool IsHtml(string? mediaType) =>
        mediaType is null || mediaType.Contains("html", StringComparison.OrdinalIgnoreCase) || mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase);

    private static Encoding? FromBom(byte[] body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try { return Encoding.GetEncoding(name.Trim()); }
        catch (ArgumentException) { return null; }
    }

    private static string? MetaCharset(byte[] body)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 4096));
        var match = Charset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    // <meta charset="windows-1256"> or <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Charset();
}
