using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Numbers;

namespace CasualtyDashboard.Extraction.Figures;

/// <summary>A count bound to a casualty sense, before attribution. Made by <see cref="CandidateList.Rent"/>.</summary>
internal sealed class Candidate
{
    public NumberPhrase Number { get; private set; }

    public FigureQualifier Qualifier { get; set; }

    public FigureCategory Category { get; set; }

    public FigureSubgroup Subgroup { get; set; }

    /// <summary>First and last token of the evidence.</summary>
    public int First { get; set; }

    public int Last { get; set; }

    /// <summary>Region named by the counted noun itself (فلسطينيا، جنديا عراقيا).</summary>
    public string? Demonym { get; set; }

    /// <summary>The toll this figure is part of (بينهم 4237 طفلا), whose attributes it shares.</summary>
    public Candidate? Parent { get; set; }

    public string Rule { get; set; } = "";

    /// <summary>Counts aid-seekers or famine deaths (شهداء المساعدات): a part of the war toll.</summary>
    public bool AidToll { get; set; }

    /// <summary>
    /// An <c>other</c> part by what it counts (bodies, a severity, men, aid-seekers), not by a بينهم / منهم structure:
    /// it stays a part only when the article gives a larger toll it belongs to (SCHEMA.md "Part or whole").
    /// </summary>
    public bool PartByNoun { get; set; }

    /// <summary>What the count's own noun names (جنديين أصيبا بجروح خطيرة: soldiers), for a part by noun that turns out whole.</summary>
    public FigureSubgroup WholeSubgroup { get; set; }

    /// <summary>The subgroup was named in the toll phrase before the count (حصيلة قتلى الجيش ... إلى 215 قتيلا).</summary>
    public bool HeadSubgroup { get; set; }

    /// <summary>Starts over as a new candidate for <paramref name="number"/>, every other property at its default.</summary>
    public Candidate Reset(NumberPhrase number)
    {
        Number = number;
        Qualifier = default;
        Category = default;
        Subgroup = default;
        First = 0;
        Last = 0;
        Demonym = null;
        Parent = null;
        Rule = "";
        AidToll = false;
        PartByNoun = false;
        WholeSubgroup = default;
        HeadSubgroup = false;
        return this;
    }
}

/// <summary>
/// The candidates of one article, and the objects they are made of: both are kept for the thread's next article, which
/// makes its candidates from the same objects (nothing an extraction returns refers to a candidate).
/// </summary>
internal sealed class CandidateList : List<Candidate>
{
    private readonly List<Candidate> _made = [];
    private int _rented;

    /// <summary>Empties the list; every object made so far is free to be made into a candidate again.</summary>
    public void Reset()
    {
        Clear();
        _rented = 0;
    }

    /// <summary>A new candidate for <paramref name="number"/> (not yet in the list).</summary>
    public Candidate Rent(NumberPhrase number)
    {
        if (_rented == _made.Count)
        {
            _made.Add(new Candidate());
        }

        return _made[_rented++].Reset(number);
    }
}
