namespace CasualtyDashboard.Cli.Commands;

/// <summary>One sub-command of <c>casualty</c>.</summary>
public interface ICommand
{
    /// <summary>The word that selects the command (<c>extract</c>).</summary>
    string Name { get; }

    /// <summary>One-line usage shown by <c>casualty help</c>.</summary>
    string Usage { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}
