using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Everything the vocabulary tables say about one normalised word form.</summary>
internal sealed class WordInfo
{
    public WordInfo(string form) => Form = form;

    public string Form { get; }

    public NumberWordKind NumberKind { get; set; }

    /// <summary>Value of a number word; lower bound of a vague quantifier.</summary>
    public long NumberValue { get; set; }

    /// <summary>Casualty sense, when the word is a casualty noun, verb or idiom.</summary>
    public FigureCategory? Category { get; set; }

    public CueRole Role { get; set; }

    /// <summary>Also a verb or verbal noun that can stand before a count (إصابة is both a noun and a verbal noun).</summary>
    public bool Precedes { get; set; }

    /// <summary>Grammatical count of a noun: 0 plural or unknown, 1 singular, 2 dual.</summary>
    public byte Count { get; set; }

    /// <summary>Subgroup of a person noun (شخص is <see cref="FigureSubgroup.All"/>).</summary>
    public FigureSubgroup? Subgroup { get; set; }

    /// <summary>Region code of a demonym (فلسطينيا: <c>palestine</c>).</summary>
    public string? Demonym { get; set; }

    public WordFlags Flags { get; set; }

    /// <summary>Closed-class roles tested at one position (<see cref="WordRole"/>).</summary>
    public WordRole Roles { get; set; }

    /// <summary>The side of a war a word names (نظام، جيش: soldiers; حزب، حماس: fighters), for a bare count of members.</summary>
    public FigureSubgroup? Side { get; set; }

    /// <summary>Weekday (0 = Sunday) or month (1-12) number.</summary>
    public int Ordinal { get; set; }

    /// <summary>Multi-word entries that start with this word.</summary>
    public List<Phrase>? Phrases { get; set; }

    /// <summary>
    /// <see cref="Phrase.NextLast"/> of each of <see cref="Phrases"/>, in their order: the analysis screens a starter's
    /// phrases by the next word's last letter in this one string, and opens only the phrases that pass.
    /// </summary>
    public string? PhraseNextLasts { get; set; }

    public bool IsPerson => Subgroup is not null;

    public bool Has(WordFlags flag) => (Flags & flag) != 0;
}
