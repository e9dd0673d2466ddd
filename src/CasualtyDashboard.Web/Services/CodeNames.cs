using System.Globalization;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The one place that names the codes the data holds (authorities such as <c>gaza_moh</c>, regions, schema codes,
/// extraction rules such as <c>noun</c>) in the interface language. A code without a name in the resource table is shown
/// readable (<c>other:white_helmets</c> as "white helmets") rather than raw.
/// </summary>
public sealed class CodeNames(IStringLocalizer<SharedResource> l)
{
    /// <summary>A schema code: category, subgroup, qualifier, basis, review state.</summary>
    public string Code(string code) => Or($"Code.{code}", code);

    /// <summary>
    /// A schema code standing alone (a list item, a chip, a grid cell, a legend swatch): in sentence case, "Children"
    /// rather than "children", where the interface language has case; inside a phrase use <see cref="Code"/>.
    /// </summary>
    public string Label(string code) => SentenceCase(Code(code));

    /// <summary>The first letter in capitals by the interface culture's rules; Arabic, which has no case, is unchanged.</summary>
    public static string SentenceCase(string text) =>
        text.Length > 0 && char.IsLower(text[0])
            ? string.Concat(char.ToUpper(text[0], CultureInfo.CurrentUICulture).ToString(), text.AsSpan(1))
            : text;

    /// <summary>A region; one without a name in the table reads as its code in title case ("West Bank").</summary>
    public string Region(string region) =>
        l[$"Region.{region}"] is { ResourceNotFound: false } s ? s.Value : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Readable(region));

    /// <summary>An issuing authority; <c>other:name</c> codes without their own name read as the name.</summary>
    public string Authority(string authority) =>
        Or($"Authority.{authority}", authority.StartsWith("other:", StringComparison.Ordinal) ? authority["other:".Length..] : authority);

    /// <summary>The extraction rule that bound a count to its casualty word.</summary>
    public string FigureRule(string rule) => Or($"FigureRule.{rule}", rule);

    /// <summary>An audit log action (<c>figure.review</c>); codes added later without a name read as words.</summary>
    public string AuditAction(string action) => Or($"AuditAction.{action}", action.Replace('.', ' '));

    /// <summary>What an audit log entry is about (<c>figure</c>, <c>feed</c>).</summary>
    public string AuditEntity(string entityType) => Or($"AuditEntity.{entityType}", entityType);

    /// <summary>A code readable when the table has no name for it: underscores and dashes become spaces.</summary>
    public static string Readable(string code) => code.Replace('_', ' ').Replace('-', ' ').Trim();

    private string Or(string key, string code) => l[key] is { ResourceNotFound: false } s ? s.Value : Readable(code);
}
