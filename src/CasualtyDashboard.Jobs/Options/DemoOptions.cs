namespace CasualtyDashboard.Jobs.Options;

/// <summary>The <c>Demo</c> settings section.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Load the demo articles at the first start, when the database has no article.</summary>
    public bool Enabled { get; set; } = true;
}
