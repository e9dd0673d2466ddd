namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

/// <summary>Files of <c>../shared</c> beside the repository root (the folder holding CasualtyDashboard.sln); read, never copied.</summary>
internal static class SharedCorpus
{
    public static string Corpus(string name) => Path.Combine(Folder(), "corpus", name);

    public static string Reference(string name) => Path.Combine(Folder(), "reference", "tfp", name);

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }

        throw new DirectoryNotFoundException($"No CasualtyDashboard.sln above {AppContext.BaseDirectory}.");
    }
}
