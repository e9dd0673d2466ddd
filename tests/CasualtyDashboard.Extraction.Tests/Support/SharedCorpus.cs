namespace CasualtyDashboard.Extraction.Tests.Support;

/// <summary>Locates the shared corpus: the folder <c>shared</c> beside the repository root (the folder holding the .sln).</summary>
public static class SharedCorpus
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CasualtyDashboard.sln")))
            {
                var shared = System.IO.Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
                if (Directory.Exists(System.IO.Path.Combine(shared, "corpus")))
                {
                    return shared;
                }
            }
        }

        throw new DirectoryNotFoundException("no shared/corpus beside the repository root");
    }
}
