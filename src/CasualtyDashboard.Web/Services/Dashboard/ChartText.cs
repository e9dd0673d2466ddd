using System.Text;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// Text that goes into plotly hover labels and names. Plotly reads a small subset of HTML there (tags, and the entities
/// &amp;amp; &amp;lt; &amp;gt; and numeric ones), so anything that came from articles, sources or analysts is escaped with
/// exactly those: it is shown as the characters it is, never as markup.
/// </summary>
public static class ChartText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&#34;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }
}
