namespace CasualtyDashboard.E2E.Tests;

/// <summary>Finds the repository (the folder holding CasualtyDashboard.sln) from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The Web app's build output for the same configuration, framework and runtime as this test build.</summary>
    public static string WebOutput
    {
        get
        {
            var testProject = Path.Combine(Root, "tests", "CasualtyDashboard.E2E.Tests");
            var relative = Path.GetRelativePath(testProject, AppContext.BaseDirectory);
            return Path.GetFullPath(Path.Combine(Root, "src", "CasualtyDashboard.Web", relative));
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No CasualtyDashboard.sln above {AppContext.BaseDirectory}.");
    }
}
