using System.Globalization;
using System.Net;
using System.Text;
using CasualtyDashboard.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// Interface strings whose arguments keep their own direction. In an Arabic sentence a date with its time
/// (<c>2024-01-02 10:00</c>), a range (<c>12 / 40</c>) or a file name (<c>.jsonl</c>) would otherwise be reordered by the
/// bidirectional algorithm; each argument is put in its own <c>&lt;bdi&gt;</c>, and a left-to-right one does not break
/// across lines (<c>ltr-run</c> in app.css). Plural items take their form from their argument (<see cref="UiPlural"/>). Text between backticks in a resource
/// string is shown as left-to-right <c>&lt;code&gt;</c>. Everything is HTML-encoded; only these tags are added.
/// </summary>
public static class BidiText
{
    /// <summary>The string <paramref name="key"/> formatted with <paramref name="args"/>, each in its own isolated run.</summary>
    public static MarkupString Isolated(this IStringLocalizer<SharedResource> l, string key, params object?[] args) =>
        Format(l[key].Value, args);

    /// <summary>A left-to-right run: a date, a time, a number, a code or an address.</summary>
    public static BidiRun Ltr(string text) => new(text, "ltr");

    /// <summary>A bold run taking the direction of its own text.</summary>
    public static BidiRun Strong(string text) => new(text, null, Strong: true);

    /// <summary><paramref name="format"/> (a resource string) with its arguments isolated; see the class summary.</summary>
    public static MarkupString Format(string format, params object?[] args)
    {
        var html = Code(WebUtility.HtmlEncode(UiPlural.Resolve(format, i => i < args.Length ? UiPlural.WholeNumber(args[i]) : null)));
        return new MarkupString(string.Format(CultureInfo.InvariantCulture, html, args.Select(Run).ToArray()));
    }

    private static string Run(object? arg) => arg switch
    {
        MarkupString markup => $"<bdi>{markup.Value}</bdi>",
        BidiRun run => Wrap(run),
        _ => Wrap(new BidiRun(Convert.ToString(arg, CultureInfo.InvariantCulture) ?? "")),
    };

    private static string Wrap(BidiRun run)
    {
        var text = WebUtility.HtmlEncode(run.Text);
        var inner = run.Strong ? $"<strong>{text}</strong>" : text;
        return run.Direction switch
        {
            "ltr" => $"<bdi dir=\"ltr\" class=\"ltr-run\">{inner}</bdi>",
            { } dir => $"<bdi dir=\"{dir}\">{inner}</bdi>",
            null => $"<bdi>{inner}</bdi>",
        };
    }

    private static string Code(string encoded)
    {
        var parts = encoded.Split('`');
        if (parts.Length < 3) return encoded;
        var html = new StringBuilder(parts[0]);
        for (var i = 1; i < parts.Length; i++)
        {
            // Odd parts were between backticks; a lone trailing backtick stays as it was.
            if (i % 2 == 1 && i < parts.Length - 1) html.Append("<code dir=\"ltr\">").Append(parts[i]).Append("</code>");
            else if (i % 2 == 1) html.Append('`').Append(parts[i]);
            else html.Append(parts[i]);
        }
        return html.ToString();
    }
}
