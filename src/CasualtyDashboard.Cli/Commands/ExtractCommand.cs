using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.Cli.Commands;

/// <summary><c>casualty extract ARTICLES.jsonl [-o PRED.jsonl]</c>: one predictions line per article.</summary>
public sealed class ExtractCommand : ICommand
{
    public string Name => "extract";

    public string Usage => "extract ARTICLES.jsonl [-o PRED.jsonl]   figures of every article, in the predictions shape";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? input = null, outputPath = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "-o" or "--output" && i + 1 < args.Count)
            {
                outputPath = args[++i];
            }
            else if (input is null && !args[i].StartsWith('-'))
            {
                input = args[i];
            }
            else
            {
                error.WriteLine($"extract: unexpected argument '{args[i]}'");
                return 2;
            }
        }

        if (input is null)
        {
            error.WriteLine("usage: casualty " + Usage);
            return 2;
        }

        if (!File.Exists(input))
        {
            error.WriteLine($"extract: no such file: {input}");
            return 1;
        }

        var articles = JsonLines.Read(input, SchemaJson.ReadArticle, error);
        var extractor = new ArabicCasualtyExtractor();
        using var writer = outputPath is null ? null : new StreamWriter(outputPath);
        var target = writer ?? output;
        foreach (var article in articles)
        {
            target.WriteLine(SchemaJson.WriteFigureLine(article.Id, extractor.Extract(article.Article)));
        }

        return 0;
    }
}
