namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// The Figures grid's keys for long review sessions: j/↓ next, k/↑ previous, a accept, r reject, c correct, n note,
/// o/Enter open the article, ]/[ next/previous page. Letters are read by physical key (<c>KeyJ</c>), so they work on an
/// Arabic keyboard layout too. Modified keys (Ctrl, Alt, Meta) are left to the browser.
/// </summary>
public static class FigureKeys
{
    public static FigureCommand Command(string? key, string? code, bool ctrl = false, bool alt = false, bool meta = false) =>
        ctrl || alt || meta ? FigureCommand.None : (code, key) switch
        {
            ("KeyJ", _) or (_, "ArrowDown") => FigureCommand.Next,
            ("KeyK", _) or (_, "ArrowUp") => FigureCommand.Previous,
            ("KeyA", _) => FigureCommand.Accept,
            ("KeyR", _) => FigureCommand.Reject,
            ("KeyC", _) => FigureCommand.Correct,
            ("KeyN", _) => FigureCommand.Note,
            ("KeyO", _) or (_, "Enter") => FigureCommand.OpenArticle,
            ("BracketRight", _) => FigureCommand.NextPage,
            ("BracketLeft", _) => FigureCommand.PreviousPage,
            _ => FigureCommand.None,
        };
}
