using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>One reporting date of one series: every claim for it grouped by source, the reconciled value, and its flags.</summary>
public sealed class SeriesPoint
{
    private readonly List<Flag> _flags = [];

    internal SeriesPoint(SeriesKey series, DateOnly date, IReadOnlyList<SourceValue> sources)
    {
        Series = series;
        Date = date;
        Key = PointKey.Of(series, date);
        Sources = sources;
        Reconciled = null!;
    }

    /// <summary>The series the point belongs to.</summary>
    public SeriesKey Series { get; }

    /// <summary>The reporting date.</summary>
    public DateOnly Date { get; }

    /// <summary>The point's stable identity.</summary>
    public PointKey Key { get; }

    /// <summary>Every source's value for the day, ordered by authority.</summary>
    public IReadOnlyList<SourceValue> Sources { get; }

    /// <summary>The reconciled value, the rule that chose it and the claims it rests on.</summary>
    public ReconciledValue Reconciled { get; internal set; }

    /// <summary>The lowest source value of the day (restatements left out), in the style of UCDP's low estimate.</summary>
    public long Low { get; internal set; }

    /// <summary>The highest source value of the day (restatements left out), in the style of UCDP's high estimate.</summary>
    public long High { get; internal set; }

    /// <summary>For a cumulative series, the change since the previous point; null for the first point and other bases.</summary>
    public Increment? Increment { get; internal set; }

    /// <summary>The flags raised on this point.</summary>
    public IReadOnlyList<Flag> Flags => _flags;

    /// <summary>Every claim of the point.</summary>
    public IEnumerable<Claim> Claims => Sources.SelectMany(s => s.Claims);

    /// <summary>The non-restatement source of <paramref name="authority"/>, or null.</summary>
    public SourceValue? FindSource(string authority, bool isReference) =>
        Sources.FirstOrDefault(s => s.Authority == authority && s.IsReference == isReference && !s.IsRestatementOnly);

    internal void AddFlag(Flag flag) => _flags.Add(flag);
}
