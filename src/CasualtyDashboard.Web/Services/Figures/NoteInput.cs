namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>What the note dialog returns: the text and the tags (comma-separated in the dialog).</summary>
public sealed record NoteInput(string Text, IReadOnlyList<string> Tags)
{
    public static IReadOnlyList<string> ParseTags(string? text) =>
        (text ?? "").Split([',', '،', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
