namespace CasualtyDashboard.Reconciliation.Tests;

/// <summary>Finds <c>../shared</c> beside the repository root (the folder holding CasualtyDashboard.sln).</summary>
internal static class SharedData
{
    public static string TfpFile(string name) => Path.Combine(SharedFolder(), "reference", "tfp", name);

    private static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
        }

        throw new DirectoryNotFoundException($"No CasualtyDashboard.sln above {AppContext.BaseDirectory}.");
    }
}
