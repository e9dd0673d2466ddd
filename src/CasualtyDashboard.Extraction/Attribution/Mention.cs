namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>An authority or place named in the text: first token, last token, code, area and strength.</summary>
internal readonly record struct Mention(int First, int Last, string Code, string? Area, int Strength);
