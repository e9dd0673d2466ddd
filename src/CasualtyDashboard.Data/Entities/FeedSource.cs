namespace CasualtyDashboard.Data.Entities;

/// <summary>Where a feed was configured.</summary>
public enum FeedSource
{
    /// <summary><c>Feeds:Sources</c> in the settings, upserted at every start.</summary>
    Settings,
    /// <summary>Added on the Feeds page.</summary>
    Ui,
}
