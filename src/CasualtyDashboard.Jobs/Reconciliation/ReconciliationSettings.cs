using System.ComponentModel.DataAnnotations;
using CasualtyDashboard.Reconciliation;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>The <c>Reconciliation</c> settings section: tolerances, the jump threshold and the authority priority of every run.</summary>
public sealed class ReconciliationSettings
{
    public const string SectionName = "Reconciliation";

    private static readonly ReconciliationOptions Defaults = new();

    /// <summary>Two values agree when they differ by at most this share of the larger one (or <see cref="AbsoluteTolerance"/>).</summary>
    [Range(0.0, 1.0)]
    public double RelativeTolerance { get; set; } = Defaults.RelativeTolerance;

    /// <summary>Two values agree when they differ by at most this many (or <see cref="RelativeTolerance"/>).</summary>
    [Range(0, 1_000_000)]
    public long AbsoluteTolerance { get; set; } = Defaults.AbsoluteTolerance;

    /// <summary>The half-width, as a share of the value, of the range an <c>about</c> figure stands for.</summary>
    [Range(0.0, 1.0)]
    public double AboutSpread { get; set; } = Defaults.AboutSpread;

    /// <summary>A step is a jump when its daily rate exceeds this many times the source's recent median daily rate.</summary>
    [Range(1.0, 1_000.0)]
    public double JumpFactor { get; set; } = Defaults.JumpFactor;

    /// <summary>A step smaller than this is never a jump.</summary>
    [Range(0, 1_000_000)]
    public long JumpMinimumStep { get; set; } = Defaults.JumpMinimumStep;

    /// <summary>How many previous steps give the jump rule's baseline.</summary>
    [Range(3, 365)]
    public int JumpBaselineSteps { get; set; } = Defaults.JumpBaselineSteps;

    /// <summary>A cumulative falling below this share of its previous value (and staying there) restarts as a new series.</summary>
    [Range(0.0, 1.0)]
    public double ResetRatio { get; set; } = Defaults.ResetRatio;

    /// <summary>How many days back a figure is looked up to tell a stale citation.</summary>
    [Range(0, 365)]
    public int StaleLookbackDays { get; set; } = Defaults.StaleLookbackDays;

    /// <summary>A gap of more than this many days between reporting dates starts another era of period and incident counts (another war).</summary>
    [Range(1, 36_500)]
    public int EraGapDays { get; set; } = Defaults.EraGapDays;

    /// <summary>A cumulative count stating another start day joins a series of the same toll that reported within this many days before it.</summary>
    [Range(0, 36_500)]
    public int ContinuationDays { get; set; } = Defaults.ContinuationDays;

    /// <summary>A count stating another start day continues a series when its first value is at least this share of the series' value.</summary>
    [Range(0.0, 1.0)]
    public double SinceJoinRatio { get; set; } = Defaults.SinceJoinRatio;

    /// <summary>
    /// Outlets that are an authority's own publication, by authority code (<c>{"gaza_moh": ["وزارة الصحة في غزة"]}</c>);
    /// an outlet matches when it starts with a name. Empty: the built-in names of the Gaza and Lebanese ministries and the media office.
    /// </summary>
    public Dictionary<string, List<string>> OwnPublications { get; set; } = [];

    /// <summary>
    /// Authority codes in tiers, highest first (<c>[["gaza_moh", "israel_*"], ["un_ocha"], ...]</c>); a code ending in
    /// <c>*</c> matches by prefix. Empty: the built-in priority (issuers, then UN agencies, then wire tallies, then the rest).
    /// </summary>
    public List<List<string>> AuthorityPriority { get; set; } = [];

    /// <summary>The library's options for these settings.</summary>
    public ReconciliationOptions ToOptions() => new()
    {
        RelativeTolerance = RelativeTolerance,
        AbsoluteTolerance = AbsoluteTolerance,
        AboutSpread = AboutSpread,
        JumpFactor = JumpFactor,
        JumpMinimumStep = JumpMinimumStep,
        JumpBaselineSteps = JumpBaselineSteps,
        ResetRatio = ResetRatio,
        StaleLookbackDays = StaleLookbackDays,
        EraGapDays = EraGapDays,
        ContinuationDays = ContinuationDays,
        SinceJoinRatio = SinceJoinRatio,
        OwnPublications = OwnPublications.Count == 0
            ? ReconciliationOptions.DefaultOwnPublications
            : OwnPublications.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList(), StringComparer.Ordinal),
        AuthorityPriority = AuthorityPriority.Count == 0
            ? ReconciliationOptions.DefaultAuthorityPriority
            : AuthorityPriority.Select(t => (IReadOnlyList<string>)t.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList()).ToList(),
    };
}
