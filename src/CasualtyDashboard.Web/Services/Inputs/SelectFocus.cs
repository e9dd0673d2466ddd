namespace CasualtyDashboard.Web.Services.Inputs;

/// <summary>Where a select moves the focus after a render: nowhere, into its opened list, or back to its button.</summary>
public enum SelectFocus
{
    None,
    List,
    Button,
}
