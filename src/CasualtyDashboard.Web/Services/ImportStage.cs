namespace CasualtyDashboard.Web.Services;

/// <summary>Where an upload is: the file travelling from the browser, then its articles being stored.</summary>
public enum ImportStage
{
    Reading,
    Storing,
}
