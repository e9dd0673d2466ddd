namespace CasualtyDashboard.Web.Components.Charts;

/// <summary>
/// What <see cref="FigureChart"/> has drawn and still has to: the figure set last (a new version only when its content
/// differs, by <see cref="PlotlyFigure.SameContent"/>), the version shown in the browser, the one redraw running at a
/// time (the latest figure last), the draw count shown as <c>data-revision</c>, and the size the chart was fitted to.
/// Plain state, no JS: the component calls plotly where this says so.
/// </summary>
public sealed class ChartDrawState
{
    private PlotlyFigure? _figure;
    private int _version;
    private int _shown;
    private object? _sizedFor;

    /// <summary>Plotly.Blazor's first draw (newPlot) is done: later figures are redrawn with react.</summary>
    public bool Plotted { get; private set; }

    /// <summary>A redraw is running; another render waits for it (it draws the latest figure before it ends).</summary>
    public bool Redrawing { get; private set; }

    /// <summary>How many times the chart has been drawn: 0 before the first draw, 1 after it, one more per react.</summary>
    public int Revision { get; private set; }

    /// <summary>
    /// Takes the page's figure; true when its content differs from the last one (the component maps it to traces). Only
    /// its layout and hash are kept (<see cref="PlotlyFigure.WithoutData"/>), not its points.
    /// </summary>
    public bool Set(PlotlyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var changed = !figure.SameContent(_figure);
        _figure = figure.WithoutData();
        if (changed) _version++;
        return changed;
    }

    /// <summary>The first draw showed the figure set then, fitted to the box of <paramref name="sizeKey"/>.</summary>
    public void FirstDrawn(object? sizeKey)
    {
        Plotted = true;
        _shown = _version;
        _sizedFor = sizeKey;
        Revision = 1;
    }

    /// <summary>Starts a redraw when the chart is plotted and none is running; the caller ends it with <see cref="EndRedraw"/>.</summary>
    public bool TryBeginRedraw()
    {
        if (!Plotted || Redrawing) return false;
        Redrawing = true;
        return true;
    }

    /// <summary>Whether a figure newer than the one shown waits to be drawn.</summary>
    public bool Waiting => _shown != _version;

    /// <summary>Whether a figure newer than the one shown is waiting; if so it counts as shown (the caller reacts, then <see cref="Reacted"/>).</summary>
    public bool TakeNewerFigure()
    {
        if (_shown == _version) return false;
        _shown = _version;
        return true;
    }

    /// <summary>A react returned: one more draw.</summary>
    public void Reacted() => Revision++;

    /// <summary>Whether the chart must be fitted to its box again (its <paramref name="sizeKey"/> changed); if so it counts as fitted.</summary>
    public bool TakeResize(object? sizeKey)
    {
        if (Equals(_sizedFor, sizeKey)) return false;
        _sizedFor = sizeKey;
        return true;
    }

    public void EndRedraw() => Redrawing = false;
}
