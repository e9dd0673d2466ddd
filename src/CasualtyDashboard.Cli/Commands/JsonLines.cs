namespace CasualtyDashboard.Cli.Commands;

/// <summary>Reads a JSON Lines file, reporting bad lines by number and carrying on with the rest.</summary>
public static class JsonLines
{
    public static List<T> Read<T>(string path, Func<string, T> parse, TextWriter error)
    {
        var items = new List<T>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                items.Add(parse(line));
            }
            catch (FormatException e)
            {
                error.WriteLine($"{path}:{number}: {e.Message}");
            }
        }

        return items;
    }
}
