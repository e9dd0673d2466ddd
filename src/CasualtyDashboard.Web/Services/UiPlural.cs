using System.Globalization;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// Plural items of the resource strings (<see cref="PluralForms"/>) in the interface language, for the pages: the
/// number an argument stands for is read from an integer or from its formatted text (<c>1,234</c>).
/// </summary>
public static class UiPlural
{
    /// <summary>
    /// <paramref name="format"/> with each plural item replaced by its form for the number <paramref name="number"/>
    /// gives for that argument's index, in the interface language; the result is an ordinary composite format string.
    /// </summary>
    public static string Resolve(string format, Func<int, long?> number) => PluralForms.Resolve(format, number, CultureInfo.CurrentUICulture);

    /// <summary>The whole number an argument stands for: an integer, or text such as <c>1,234</c> or <c>+12</c>.</summary>
    public static long? WholeNumber(object? arg) => arg switch
    {
        int i => i,
        long l => l,
        short s => s,
        string text => PluralForms.WholeNumber(text),
        BidiRun run => PluralForms.WholeNumber(run.Text),
        _ => null,
    };

    /// <summary><paramref name="format"/> with its plural items resolved, formatted with <paramref name="args"/> (invariant).</summary>
    public static string Format(string format, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var resolved = Resolve(format, i => i < args.Length ? WholeNumber(args[i]) : null);
        return string.Format(CultureInfo.InvariantCulture, resolved, args);
    }

    /// <summary>The string <paramref name="key"/> with its plural items resolved, formatted with <paramref name="args"/>.</summary>
    public static string Plural(this IStringLocalizer<SharedResource> l, string key, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(l);
        return Format(l[key].Value, args);
    }
}
