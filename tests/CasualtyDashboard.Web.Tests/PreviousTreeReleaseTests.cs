using CasualtyDashboard.Web.Components;

namespace CasualtyDashboard.Web.Tests;

public sealed class PreviousTreeReleaseTests
{
    [Fact]
    public void NothingReleased_NeverAsksForAnotherRender()
    {
        var release = new PreviousTreeRelease();

        Assert.False(release.RenderAgain());
        Assert.False(release.RenderAgain());
    }

    [Fact]
    public void AfterARelease_TheRenderWithoutTheDataAsksForOneMore_AndThatOneForNone()
    {
        var release = new PreviousTreeRelease();

        release.Released();

        Assert.True(release.RenderAgain());
        Assert.False(release.RenderAgain());
        Assert.False(release.RenderAgain());
    }

    [Fact]
    public void ASecondRelease_AsksAgain()
    {
        var release = new PreviousTreeRelease();
        release.Released();
        release.RenderAgain();
        release.RenderAgain();

        release.Released();

        Assert.True(release.RenderAgain());
    }
}
