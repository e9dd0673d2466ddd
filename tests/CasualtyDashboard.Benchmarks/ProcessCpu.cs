using System.Globalization;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// CPU time another process has used, all its threads (user + system, from <c>/proc/PID/stat</c>, in clock ticks of
/// 10 ms): the work a request costs the server, which the neighbours on shared cores hardly move, unlike its wall time.
/// </summary>
public static class ProcessCpu
{
    private const double SecondsPerTick = 0.01;

    /// <summary>Seconds of CPU process <paramref name="pid"/> has used; 0 where <c>/proc</c> has no such process.</summary>
    public static double Seconds(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path)) return 0;
        var stat = File.ReadAllText(path);
        // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis, from field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * SecondsPerTick;
    }
}
