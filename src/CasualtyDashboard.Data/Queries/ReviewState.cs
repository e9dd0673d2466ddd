namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// A figure's review state as the grid shows and filters it. The latest action wins: a rejection makes it rejected;
/// a correction supersedes earlier decisions (corrected); a later accept keeps it corrected, a later reject rejects it.
/// </summary>
public enum ReviewState
{
    Unreviewed,
    Accepted,
    Rejected,
    Corrected,
}
