namespace CasualtyDashboard.Reconciliation.Tests;

/// <summary>Finds <c>../shared</c> beside the repository root (the folder holding CasualtyDashboard.sln).</summary>
internal static class SharedData
{
    public static string TfpFile(string name) => Path.Combine(SharedFolder(), "reference", "tfp", name);

    public static string CorpusFile(string name) => Path.Combine(SharedFolder(), "corpus", name);

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No CasualtyDashboard.sln above {AppContext.BaseDirectory}.");
    }

    private static string SharedFolder() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));
}
