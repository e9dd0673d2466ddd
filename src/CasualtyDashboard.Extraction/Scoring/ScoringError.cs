using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Scoring;

/// <summary>One error for the person tuning rules: a miss, a false positive, or a matched pair with wrong attributes.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Gold">The gold figure (misses and wrong attributes).</param>
/// <param name="Predicted">The predicted figure (false positives and wrong attributes).</param>
/// <param name="WrongAttributes">For <see cref="ScoringErrorKind.WrongAttributes"/>: which attributes disagree.</param>
public sealed record ScoringError(string ArticleId, ScoringErrorKind Kind, CasualtyFigure? Gold, CasualtyFigure? Predicted, IReadOnlyList<string> WrongAttributes);
