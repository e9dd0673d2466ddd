namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Where a casualty word sits relative to the count it describes.</summary>
internal enum CueRole : byte
{
    None,
    /// <summary>A counted noun after the number (قتيلا، شهداء، جرحى، إصابة).</summary>
    Noun,
    /// <summary>A verb or verbal noun before the number (مقتل، قتل، أصيب، وفاة، استشهاد).</summary>
    Before,
    /// <summary>A verb or idiom after the counted noun (قتلوا، أصيبوا، لقوا حتفهم، مصرعهم).</summary>
    After,
}
