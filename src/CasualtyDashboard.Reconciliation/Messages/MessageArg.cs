using System.Globalization;

namespace CasualtyDashboard.Reconciliation.Messages;

/// <summary>How the interface words an argument of a <see cref="Message"/>.</summary>
public enum ArgKind
{
    /// <summary>Shown as it is: an outlet's name, a file name, an outside library's message.</summary>
    Text,

    /// <summary>A number (invariant digits), written in the interface's one number format.</summary>
    Number,

    /// <summary>A day, <c>yyyy-MM-dd</c>.</summary>
    Day,

    /// <summary>An issuing authority's code, such as <c>gaza_moh</c>.</summary>
    Authority,

    /// <summary>A schema code: category, subgroup, basis.</summary>
    Code,

    /// <summary>A region's code, such as <c>west_bank</c>.</summary>
    Region,

    /// <summary>A word of the messages' own (resource <c>Term.{Value}</c>): a kind of digit slip, "no day".</summary>
    Term,

    /// <summary>Nested messages, worded one after the other with the list separator.</summary>
    List,
}

/// <summary>One argument of a <see cref="Message"/>: a value and how to word it, or nested messages.</summary>
public sealed record MessageArg(ArgKind Kind, string Value)
{
    /// <summary>The nested messages of a <see cref="ArgKind.List"/> argument; empty for the others.</summary>
    public IReadOnlyList<Message> Items { get; private init; } = [];

    /// <summary>Text shown as it is.</summary>
    public static MessageArg Text(string text) => new(ArgKind.Text, text);

    /// <summary>A count.</summary>
    public static MessageArg Number(long value) => new(ArgKind.Number, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A rate or a factor, to one decimal.</summary>
    public static MessageArg Number(double value) => new(ArgKind.Number, value.ToString("0.#", CultureInfo.InvariantCulture));

    /// <summary>A day.</summary>
    public static MessageArg Day(DateOnly day) => new(ArgKind.Day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>An authority, named in the interface language.</summary>
    public static MessageArg Authority(string code) => new(ArgKind.Authority, code);

    /// <summary>A schema code, named in the interface language.</summary>
    public static MessageArg Code(string code) => new(ArgKind.Code, code);

    /// <summary>A region, named in the interface language.</summary>
    public static MessageArg Region(string code) => new(ArgKind.Region, code);

    /// <summary>A word of the messages, named in the interface language.</summary>
    public static MessageArg Term(string term) => new(ArgKind.Term, term);

    /// <summary>Messages worded one after the other.</summary>
    public static MessageArg List(IEnumerable<Message> items) => new(ArgKind.List, "") { Items = items.ToList() };

    /// <summary>One nested message.</summary>
    public static MessageArg Of(Message message) => List([message]);

    internal static string KindCode(ArgKind kind) => kind switch
    {
        ArgKind.Text => "t",
        ArgKind.Number => "n",
        ArgKind.Day => "d",
        ArgKind.Authority => "a",
        ArgKind.Code => "k",
        ArgKind.Term => "w",
        ArgKind.Region => "r",
        _ => "l",
    };

    internal static ArgKind KindOf(string code) => code switch
    {
        "t" => ArgKind.Text,
        "n" => ArgKind.Number,
        "d" => ArgKind.Day,
        "a" => ArgKind.Authority,
        "k" => ArgKind.Code,
        "w" => ArgKind.Term,
        "r" => ArgKind.Region,
        "l" => ArgKind.List,
        _ => throw new FormatException($"unknown argument kind '{code}'"),
    };
}
