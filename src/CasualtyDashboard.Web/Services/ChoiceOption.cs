namespace CasualtyDashboard.Web.Services;

/// <summary>One entry of a picker: the code sent to queries and the label shown.</summary>
public sealed record ChoiceOption(string Value, string Text);
