namespace CasualtyDashboard.Data.Entities;

/// <summary>An analyst's verdict on an extracted figure.</summary>
public enum ReviewDecision
{
    Accepted,
    Rejected,
}
