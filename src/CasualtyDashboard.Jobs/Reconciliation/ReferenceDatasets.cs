using CasualtyDashboard.Reconciliation.Reference;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>The codes of the reference datasets in storage and the API: <c>gaza</c>, <c>west_bank</c>, <c>lebanon</c>.</summary>
public static class ReferenceDatasets
{
    public static IReadOnlyList<string> Codes { get; } = ["gaza", "west_bank", "lebanon"];

    public static string Code(TfpDataset dataset) => dataset switch
    {
        TfpDataset.Gaza => "gaza",
        TfpDataset.WestBank => "west_bank",
        TfpDataset.Lebanon => "lebanon",
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset, "Unknown dataset."),
    };

    public static bool TryParse(string? code, out TfpDataset dataset)
    {
        (var known, dataset) = code?.Trim().ToLowerInvariant() switch
        {
            "gaza" => (true, TfpDataset.Gaza),
            "west_bank" => (true, TfpDataset.WestBank),
            "lebanon" => (true, TfpDataset.Lebanon),
            _ => (false, TfpDataset.Gaza),
        };
        return known;
    }
}
