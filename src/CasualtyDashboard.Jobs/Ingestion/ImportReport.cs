namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>What became of every line of one input (parse errors included), in line order, with the totals.</summary>
public sealed record ImportReport(IReadOnlyList<IngestItemResult> Items)
{
    public int Stored => Items.Count(i => i.Status == IngestStatus.Stored);
    public int Duplicates => Items.Count(i => i.Status == IngestStatus.Duplicate);
    public int Rejected => Items.Count(i => i.Status == IngestStatus.Rejected);

    /// <summary>Every line stored or known already: nothing needs the user's attention.</summary>
    public bool Clean => Rejected == 0;

    public string Summary => $"{Stored} stored, {Duplicates} duplicates, {Rejected} rejected";
}
