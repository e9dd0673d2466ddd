using System.Diagnostics;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// Streams an export into a sink that only counts bytes and prints rows, size, time and the peaks of managed heap and
/// working set above where they started (sampled every 20 ms): the figures behind "large exports stream with flat memory".
/// </summary>
internal static class StreamedExportMeasurement
{
    public static async Task RunAsync<T>(string label, int labelWidth, IAsyncEnumerable<T> source, Func<Stream, IAsyncEnumerable<T>, Task> write)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var heapBefore = GC.GetTotalMemory(true);
        var workingSetBefore = process.WorkingSet64;
        long peakHeap = heapBefore, peakWorkingSet = workingSetBefore;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                process.Refresh();
                peakWorkingSet = Math.Max(peakWorkingSet, process.WorkingSet64);
                try { await Task.Delay(20, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var sink = new CountingStream();
        var rows = 0;
        async IAsyncEnumerable<T> Counted()
        {
            await foreach (var row in source)
            {
                rows++;
                yield return row;
            }
        }

        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await write(sink, Counted());
        clock.Stop();
        process.Refresh();
        // The process's CPU time too: on a shared machine the wall-clock rate says as much about the neighbours as about the export.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        await stop.CancelAsync();
        await sampler;
        Console.WriteLine($"  {label.PadRight(labelWidth)} {rows,9:N0} rows, {sink.Length / 1048576.0,6:N1} MiB in {clock.Elapsed.TotalSeconds,5:0.00} s "
            + $"({rows / clock.Elapsed.TotalSeconds:N0} rows/s; CPU {cpu:0.00} s = {rows / cpu:N0} rows per CPU-second); managed heap peak +{(peakHeap - heapBefore) / 1048576.0:N1} MiB, "
            + $"working set peak +{(peakWorkingSet - workingSetBefore) / 1048576.0:N1} MiB");
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }

        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
