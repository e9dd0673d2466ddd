using System.Diagnostics;
using System.Globalization;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Where one extraction batch or one ingested chunk spent its time, stage by stage (claim, load, extract, update, insert,
/// commit...), logged at Debug as one line the ingest benchmark reads back and sums (<c>stages: claim=1.2 load=0.4 ... ms</c>).
/// </summary>
internal sealed class StageTimings
{
    private readonly List<(string Stage, double Milliseconds)> _stages = [];
    private long _mark = Stopwatch.GetTimestamp();

    /// <summary>Ends the stage running since the last mark (or since this object was made).</summary>
    public void Mark(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        _stages.Add((stage, Stopwatch.GetElapsedTime(_mark, now).TotalMilliseconds));
        _mark = now;
    }

    /// <summary>Restarts the clock without recording (time spent elsewhere, e.g. waiting for the other stage).</summary>
    public void Skip() => _mark = Stopwatch.GetTimestamp();

    public override string ToString() =>
        "stages: " + string.Join(' ', _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage}={s.Milliseconds:F1}"))) + " ms";
}
