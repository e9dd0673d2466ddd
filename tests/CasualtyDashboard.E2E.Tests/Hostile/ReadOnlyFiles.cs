using System.Diagnostics;

namespace CasualtyDashboard.E2E.Tests.Hostile;

/// <summary>
/// Makes files and folders unwritable for the app, even when the tests run as root: the immutable attribute
/// (<c>chattr +i</c>) for root, whose writes permissions do not stop, else the permission bits. Disposing undoes it.
/// </summary>
public sealed class ReadOnlyFiles : IDisposable
{
    private readonly List<string> _paths;
    private readonly bool _immutable = Environment.UserName == "root";

    public ReadOnlyFiles(IEnumerable<string> paths)
    {
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("Read-only files are made with chattr or chmod (Linux).");
        _paths = paths.Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        foreach (var path in _paths)
        {
            if (_immutable) Run("chattr", "+i", path);
            else File.SetUnixFileMode(path, File.GetUnixFileMode(path) & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        }
    }

    public void Dispose()
    {
        if (OperatingSystem.IsWindows()) return;
        foreach (var path in _paths)
        {
            if (_immutable) Run("chattr", "-i", path);
            else File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserWrite);
        }
        _paths.Clear();
    }

    private static void Run(string tool, string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo(tool) { ArgumentList = { flag, path }, RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{tool} did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {flag} {path} failed ({process.ExitCode}): {error}");
    }
}
