using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using CasualtyDashboard.Reconciliation.Messages;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// Stores incoming articles from every channel: validates each, skips duplicates (same content hash or same URL,
/// within the input too), creates outlets on first sight, and wakes the extract job. One item's problem never stops the rest.
/// Imports by people and scripts (API, upload, watched folder, CLI: <see cref="ArticleImporter"/>) are recorded in the
/// audit log in the same transaction; the feed job's and the demo data's are not.
/// </summary>
public sealed class ArticleIngestor(
    IDbContextFactory<DashboardDbContext> factory, JobLauncher launcher, DashboardUpdates updates, AuditTrail audit, TimeProvider clock, ILogger<ArticleIngestor>? logger = null)
{
    /// <summary>Longest article text accepted (characters); a real article is far shorter.</summary>
    public const int MaxTextLength = 1_000_000;

    public Task<IReadOnlyList<IngestItemResult>> IngestAsync(IReadOnlyList<(int Line, IncomingArticle Article)> items, string channel, CancellationToken ct) =>
        IngestAsync(items, channel, audited: false, ct);

    /// <param name="audited">Record the stored articles (when any) as an <c>import.articles</c> entry of the audit log.</param>
    public async Task<IReadOnlyList<IngestItemResult>> IngestAsync(
        IReadOnlyList<(int Line, IncomingArticle Article)> items, string channel, bool audited, CancellationToken ct)
    {
        var timings = new StageTimings();
        var results = new List<IngestItemResult>(items.Count);
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var valid = new List<(int Line, IncomingArticle Article, string Hash)>();
        foreach (var (line, article) in items)
        {
            var error = Validate(article);
            if (error is null) valid.Add((line, article, ContentHash.Of(article.Text)));
            else results.Add(new IngestItemResult(line, IngestStatus.Rejected, null, error));
        }

        timings.Mark("validate");
        var hashes = valid.Select(v => v.Hash).Distinct().ToList();
        var urls = valid.Select(v => v.Article.Url).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u!.Trim()).Distinct().ToList();
        var urlHashes = urls.ConvertAll(KeyHash.Of);
        var known = await db.Articles.AsNoTracking()
            .Where(a => hashes.Contains(a.ContentHash) || (a.UrlHash != null && urlHashes.Contains(a.UrlHash)))
            .Select(a => new { a.Id, a.ContentHash, a.Url }).ToListAsync(ct);
        var byHash = known.ToDictionary(k => k.ContentHash, k => (long?)k.Id);
        var byUrl = known.Where(k => k.Url is not null).GroupBy(k => k.Url!).ToDictionary(g => g.Key, g => (long?)g.First().Id);

        timings.Mark("lookup");
        // One transaction for the chunk: new outlets, then the articles through the provider's bulk insert (EF's tracked
        // insert was most of an API request's time), which reads their new ids back.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var outlets = await OutletsAsync(db, valid.Select(v => v.Article.Outlet), ct);
        var added = new List<(int Line, Article Entity)>();
        var seenHash = new Dictionary<string, int>();
        var seenUrl = new Dictionary<string, int>();
        foreach (var (line, article, hash) in valid)
        {
            var url = string.IsNullOrWhiteSpace(article.Url) ? null : article.Url.Trim();
            if (byHash.TryGetValue(hash, out var id) || (url is not null && byUrl.TryGetValue(url, out id)))
            {
                results.Add(new IngestItemResult(line, IngestStatus.Duplicate, id, Message.Of(ImportMessages.StoredAlready)));
                continue;
            }
            if (seenHash.TryGetValue(hash, out var firstLine) || (url is not null && seenUrl.TryGetValue(url, out firstLine)))
            {
                results.Add(new IngestItemResult(line, IngestStatus.Duplicate, null, Message.Of(ImportMessages.EarlierInInput, MessageArg.Number(firstLine))));
                continue;
            }
            seenHash[hash] = line;
            if (url is not null) seenUrl[url] = line;
            added.Add((line, new Article
            {
                ExternalId = Trim(article.Id, 200),
                OutletId = article.Outlet is { } name && outlets.TryGetValue(name.Trim(), out var outlet) ? outlet.Id : null,
                Title = Trim(article.Title, 1000),
                Url = Trim(url, 2000),
                Text = article.Text,
                Published = article.Published,
                ContentHash = hash,
                Channel = channel,
                State = ArticleState.Pending,
                CreatedAt = now,
            }));
        }
        timings.Mark("prepare");
        await ProviderAdapters.For(db).InsertWithKeysAsync(db, added.ConvertAll(a => a.Entity), ct);
        timings.Mark("insert");
        if (audited && added.Count > 0)
        {
            var ids = added.ConvertAll(a => a.Entity.Id);
            audit.Record(db, AuditActions.ImportArticles, AuditEntities.Articles, ids.Count == 1 ? $"{ids[0]}" : $"{ids.Min()}-{ids.Max()}", null, new
            {
                channel, stored = ids.Count, duplicates = results.Count(r => r.Status == IngestStatus.Duplicate),
                rejected = results.Count(r => r.Status == IngestStatus.Rejected), ids,
            });
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        timings.Mark("commit");
        logger?.LogDebug("Ingested {Stored} of {Items} articles; {Timings}", added.Count, items.Count, timings);
        results.AddRange(added.Select(a => new IngestItemResult(a.Line, IngestStatus.Stored, a.Entity.Id, null)));
        results.Sort((a, b) => a.Line.CompareTo(b.Line));

        if (added.Count > 0)
        {
            await updates.NotifyAsync(new DashboardChange("articles", added.Count));
            await launcher.TriggerAsync(ExtractArticlesJob.Name, JobTriggers.NewData, ct);
        }
        return results;
    }

    private static Message? Validate(IncomingArticle article)
    {
        if (string.IsNullOrWhiteSpace(article.Text)) return Message.Of(ImportMessages.NoText);
        if (!string.IsNullOrWhiteSpace(article.Url) && !IsHttpAddress(article.Url))
            return Message.Of(ImportMessages.BadUrl, MessageArg.Text("http"), MessageArg.Text("https"), MessageArg.Text("javascript:, data:"));
        if (article.Text.Length > MaxTextLength) return Message.Of(ImportMessages.TextTooLong, MessageArg.Number(article.Text.Length), MessageArg.Number(MaxTextLength));
        var control = article.Text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        if (control > article.Text.Length / 100 + 2) return Message.Of(ImportMessages.LooksBinary);
        if (article.Text.Contains('\uFFFD') && article.Text.Count(c => c == '\uFFFD') > article.Text.Length / 50 + 2)
            return Message.Of(ImportMessages.ReplacementCharacters, MessageArg.Text("UTF-8"));
        return null;
    }

    /// <summary>An absolute http(s) address with a host: the only URLs stored with an article (and rendered as links).</summary>
    public static bool IsHttpAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static async Task<Dictionary<string, Outlet>> OutletsAsync(DashboardDbContext db, IEnumerable<string?> names, CancellationToken ct)
    {
        var wanted = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Where(n => n.Length <= 200).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.Outlets.Where(o => wanted.Contains(o.Name)).ToDictionaryAsync(o => o.Name, StringComparer.Ordinal, ct);
        foreach (var name in wanted.Where(n => !existing.ContainsKey(n)))
        {
            var outlet = new Outlet { Name = name };
            db.Outlets.Add(outlet);
            existing[name] = outlet;
        }
        // Saved first (the articles refer to their ids), in the chunk's transaction. Two inputs naming the same new outlet
        // at the same moment: one is refused by the unique name and the importer ingests its chunk again, finding it.
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
        return existing;
    }

    private static string? Trim(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var v && v.Length > max ? v[..max] : value.Trim();
}
