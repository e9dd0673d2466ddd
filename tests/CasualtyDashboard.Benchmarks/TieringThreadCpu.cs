namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// The CPU time of a .NET process's tiered-compilation threads (named ".NET Tiered Com…" in /proc): the runtime compiling
/// hot methods again, optimised, in the process's first minutes. The runtime ends the thread when idle and starts another
/// later, so each thread seen is remembered with its last reading. Linux only; elsewhere <see cref="Available"/> is false.
/// </summary>
public sealed class TieringThreadCpu(int processId)
{
    private readonly string _tasks = $"/proc/{processId}/task";
    private readonly Dictionary<string, long> _seen = [];

    public bool Available => Directory.Exists(_tasks);

    /// <summary>User and system time of every such thread seen so far.</summary>
    public TimeSpan Cpu()
    {
        if (!Available) return TimeSpan.Zero;
        foreach (var task in Directory.EnumerateDirectories(_tasks))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal)) continue;
                // The fields after the command's closing parenthesis: utime and stime are the 14th and 15th of stat.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                _seen[Path.GetFileName(task)] = long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (IOException)
            {
                // The thread ended meanwhile: its last reading stands.
            }
        }
        return TimeSpan.FromMilliseconds(_seen.Values.Sum() * 10.0); // USER_HZ is 100 on Linux
    }
}
