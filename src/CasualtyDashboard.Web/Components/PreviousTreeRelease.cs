namespace CasualtyDashboard.Web.Components;

/// <summary>
/// Blazor keeps a component's previous render tree until its next render, to diff against: whatever a component lets go
/// of (a chart's points once drawn) stays referenced from that tree, its parameter frames, for as long as the page is left
/// as it is. After the render that no longer hands the data on, one more render makes that render the previous one, and
/// the data goes (decision 072: a dashboard circuit kept its four charts' points this way, about 100 KB).
/// A component calls <see cref="Released"/> when it lets data go and renders; then, in every <c>OnAfterRender</c>,
/// renders once more when <see cref="RenderAgain"/> says so.
/// </summary>
public sealed class PreviousTreeRelease
{
    private int _renders;

    /// <summary>The component has let data go and is about to render without it.</summary>
    public void Released() => _renders = 2;

    /// <summary>
    /// Called after each render: true once, after the first render since <see cref="Released"/> (the one without the data,
    /// whose previous tree still holds it), when the component should render once more.
    /// </summary>
    public bool RenderAgain() => _renders > 0 && --_renders > 0;
}
