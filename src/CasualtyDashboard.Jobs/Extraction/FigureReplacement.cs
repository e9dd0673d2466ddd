using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Jobs.Extraction;

/// <summary>
/// Replaces an article's stored figures with a new extraction while keeping the identity (the row and its Id) of every
/// figure that is still found, so reviews and annotations that reference <see cref="Figure.Id"/> stay attached.
/// A new figure is the same figure as an old one when value, category, subgroup and evidence text are equal; among
/// several such old figures the one whose evidence starts nearest is taken. Matched rows are updated in place,
/// unmatched old rows are deleted and unmatched new ones inserted.
/// </summary>
internal static class FigureReplacement
{
    /// <summary>Works out the changes; the caller applies them in its own transaction.</summary>
    public static FigureChanges Plan(IReadOnlyList<Figure> stored, IReadOnlyList<Figure> extracted)
    {
        var candidates = stored
            .GroupBy(f => new FigureIdentity(f.Value, f.Category, f.Subgroup, f.Evidence))
            .ToDictionary(g => g.Key, g => g.ToList());
        var kept = new List<(Figure Stored, Figure Extracted)>();
        var added = new List<Figure>();
        foreach (var figure in extracted.OrderBy(f => f.EvidenceStart))
        {
            var key = new FigureIdentity(figure.Value, figure.Category, figure.Subgroup, figure.Evidence);
            if (candidates.TryGetValue(key, out var same) && same.Count > 0)
            {
                var nearest = same.MinBy(f => Math.Abs(f.EvidenceStart - figure.EvidenceStart))!;
                same.Remove(nearest);
                kept.Add((nearest, figure));
            }
            else
            {
                added.Add(figure);
            }
        }
        var removed = candidates.Values.SelectMany(v => v).ToList();
        return new FigureChanges(kept, added, removed);
    }

    /// <summary>Refreshes every field of a kept row from the new extraction, except its identity and creation time.</summary>
    public static void Refresh(Figure stored, Figure extracted)
    {
        stored.Value = extracted.Value;
        stored.Qualifier = extracted.Qualifier;
        stored.Category = extracted.Category;
        stored.Subgroup = extracted.Subgroup;
        stored.Region = extracted.Region;
        stored.Area = extracted.Area;
        stored.Authority = extracted.Authority;
        stored.ReportedOn = extracted.ReportedOn;
        stored.Basis = extracted.Basis;
        stored.Since = extracted.Since;
        stored.Evidence = extracted.Evidence;
        stored.EvidenceStart = extracted.EvidenceStart;
        stored.EvidenceLength = extracted.EvidenceLength;
        stored.Rule = extracted.Rule;
        stored.ExtractorVersion = extracted.ExtractorVersion;
    }

    private readonly record struct FigureIdentity(long Value, FigureCategory Category, FigureSubgroup Subgroup, string Evidence);
}
