namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>What a key does on the Figures grid.</summary>
public enum FigureCommand
{
    None,
    Next,
    Previous,
    Accept,
    Reject,
    Correct,
    Note,
    OpenArticle,
    NextPage,
    PreviousPage,
}
