namespace CasualtyDashboard.Reconciliation;

/// <summary>Settings of a reconciliation run. The defaults suit daily war tolls; every value can be overridden with <c>with</c>.</summary>
public sealed record ReconciliationOptions
{
    /// <summary>
    /// The default authority priority: the health ministries that register deaths, then other issuers' own statements
    /// (media offices, civil defence, governments), then UN agencies, then wire tallies, then the rest.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> DefaultAuthorityPriority =
    [
        ["gaza_moh", "pa_moh", "lebanon_moh"],
        ["gaza_gmo", "gaza_civil_defence", "gaza_authorities", "israel_*", "magen_david_adom"],
        ["un_ocha", "unrwa", "who", "unicef"],
        ["afp", "reuters", "ap"],
        ["other:*", "syrian_observatory", "sudan_doctors"],
        ["unattributed"],
    ];

    /// <summary>Two values agree when they differ by at most this share of the larger one (or <see cref="AbsoluteTolerance"/>, whichever is larger).</summary>
    public double RelativeTolerance { get; init; } = 0.01;

    /// <summary>Two values agree when they differ by at most this many (or <see cref="RelativeTolerance"/>, whichever is larger).</summary>
    public long AbsoluteTolerance { get; init; } = 2;

    /// <summary>The half-width, as a share of the value, of the range an <c>about</c> figure stands for.</summary>
    public double AboutSpread { get; init; } = 0.1;

    /// <summary>
    /// Jump threshold: a step of one source's cumulative is a jump when its daily rate exceeds this many times the median
    /// daily rate of that source's previous <see cref="JumpBaselineSteps"/> steps.
    /// </summary>
    public double JumpFactor { get; init; } = 8;

    /// <summary>A step smaller than this is never a jump, however quiet the days before it.</summary>
    public long JumpMinimumStep { get; init; } = 50;

    /// <summary>How many previous steps give the baseline daily rate of the jump rule (at least 3 must exist).</summary>
    public int JumpBaselineSteps { get; init; } = 7;

    /// <summary>A cumulative whose value falls below this share of the same source's previous value restarts: a new series opens.</summary>
    public double ResetRatio { get; init; } = 0.5;

    /// <summary>How many days back a figure is looked up when deciding whether it restates an earlier value (stale citation).</summary>
    public int StaleLookbackDays { get; init; } = 7;

    /// <summary>
    /// Counts of one toll that are not running totals (period, incident) belong to one war or event: a gap of more than
    /// this many days between reporting dates starts another series, so the May 2021 war never shares one with 2023.
    /// </summary>
    public int EraGapDays { get; init; } = 180;

    /// <summary>
    /// A cumulative count stating another start day joins a series of the same toll that reported within this many days
    /// before it, when its first value continues that series (see <see cref="SinceJoinRatio"/>).
    /// </summary>
    public int ContinuationDays { get; init; } = 730;

    /// <summary>
    /// "At about the value the series had reached": a count stating another start day continues a series when its first
    /// value lies between this share of the series' last value and twice it (growth over the gap); a start day exactly
    /// one year off needs only <see cref="ResetRatio"/> of it.
    /// </summary>
    public double SinceJoinRatio { get; init; } = 0.9;

    /// <summary>
    /// The outlets that are an authority's own publication (its website, channel or bulletin), by authority code; an
    /// outlet matches when it starts with one of the names (case-insensitive). Its statement is preferred over quotes.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> OwnPublications { get; init; } = DefaultOwnPublications;

    /// <summary>The default own publications: the Gaza ministry's and media office's own names and channels.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> DefaultOwnPublications =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["gaza_moh"] = ["وزارة الصحة في غزة", "وزارة الصحة الفلسطينية في غزة", "Gaza Ministry of Health", "MoH Gaza", "moh.gov.ps"],
            ["gaza_gmo"] = ["المكتب الإعلامي الحكومي", "Government Media Office", "gmo.ps"],
            ["lebanon_moh"] = ["وزارة الصحة العامة اللبنانية", "Lebanon Ministry of Public Health", "moph.gov.lb"],
        };

    /// <summary>True when two plain values differ by no more than the tolerance (the larger of the absolute and relative one).</summary>
    public bool Agree(long a, long b) => Math.Abs(a - b) <= Math.Max(AbsoluteTolerance, RelativeTolerance * Math.Max(a, b));

    /// <summary>
    /// Authority codes in tiers, highest priority first; a code ending in <c>*</c> matches by prefix.
    /// An authority in no tier ranks after the last.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> AuthorityPriority { get; init; } = DefaultAuthorityPriority;
}

/// <summary>Questions the options answer about a claim.</summary>
public static class ClaimOptions
{
    /// <summary>True when the claim is its authority's own publication (its outlet is one of <see cref="ReconciliationOptions.OwnPublications"/>).</summary>
    public static bool IsOwnPublication(this Claims.Claim claim, ReconciliationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return !claim.IsReference && options.IsOwnPublication(claim.Authority, claim.Outlet);
    }

    /// <summary>True when <paramref name="outlet"/> is <paramref name="authority"/>'s own publication: it starts with one of its names (case-insensitive).</summary>
    public static bool IsOwnPublication(this ReconciliationOptions options, string authority, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(options);
        return outlet is { Length: > 0 } && options.OwnPublications.TryGetValue(authority, out var names)
            && names.Any(n => outlet.StartsWith(n, StringComparison.OrdinalIgnoreCase));
    }
}
