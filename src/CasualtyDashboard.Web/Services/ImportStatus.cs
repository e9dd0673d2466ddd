namespace CasualtyDashboard.Web.Services;

/// <summary>An upload's progress for the bar: the stage and how far it is (0 to 100).</summary>
public sealed record ImportStatus(ImportStage Stage, int Percent, string Text);
