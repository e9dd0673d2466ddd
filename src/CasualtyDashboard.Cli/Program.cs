using CasualtyDashboard.Cli.Commands;

// casualty <command> [args]: a small dispatcher. Each command is its own class in Commands/.
var commands = new ICommand[]
{
    new ExtractCommand(),
    new EvalCommand(),
    new ImportCommand(),
    new UsersCommand(),
    new KeysCommand(),
}.ToDictionary(c => c.Name, StringComparer.Ordinal);

if (args.Length == 0 || args[0] is "help" or "-h" or "--help" || !commands.TryGetValue(args[0], out var command))
{
    var stream = args.Length == 0 || args[0] is "help" or "-h" or "--help" ? Console.Out : Console.Error;
    if (args.Length > 0 && args[0] is not ("help" or "-h" or "--help"))
    {
        stream.WriteLine($"casualty: unknown command '{args[0]}'");
    }

    stream.WriteLine("usage: casualty <command> [args]");
    foreach (var c in commands.Values)
    {
        stream.WriteLine("  " + c.Usage);
    }

    return args.Length == 0 || args[0] is "help" or "-h" or "--help" ? 0 : 2;
}

Console.OutputEncoding = System.Text.Encoding.UTF8;
return command.Run(args[1..], Console.Out, Console.Error);
