namespace CasualtyDashboard.Jobs;

/// <summary>
/// The codes of the messages the jobs write for people (a run's outcome or error, an article's last error), stored as
/// <see cref="CasualtyDashboard.Reconciliation.Messages.Message"/>s; the Web project words each from its resource table
/// (<c>Msg.{code}</c>, table in tools/message-strings.py) in English or Arabic. A test there fails when a code has no wording.
/// </summary>
public static class JobMessages
{
    /// <summary>"The process stopped during this run; its work resumes in the next run."</summary>
    public const string Interrupted = "job.interrupted";

    /// <summary>"{0}: {1}"</summary>
    public const string Error = "job.error";

    /// <summary>"Reconciling {0} claims"</summary>
    public const string Reconciling = "job.reconciling";

    /// <summary>"{0} news and {1} reference claims ({2} figures without reporting date or region not placed) -&gt; {3} series, {4} points, {5} flags ({6} open conflicts) in {7} s (read {8} s, reconcile {9} s, write {10} s)"</summary>
    public const string Reconciled = "job.reconciled";

    /// <summary>"{0} feeds polled, {1} failed; {2} new articles, {3} pages not taken"</summary>
    public const string FeedsPolled = "job.feeds_polled";

    /// <summary>"{0} files imported from the watched folder, {1} moved to {2}" ({2}: the failed/ folder)</summary>
    public const string WatchedFolder = "job.watched_folder";

    /// <summary>"{0} articles extracted with extractor {1}"</summary>
    public const string Extracted = "job.extracted";

    /// <summary>"{0} articles re-extracted with extractor {1}: {2} figures kept, {3} added, {4} removed"</summary>
    public const string Reextracted = "job.reextracted";

    /// <summary>"{0} articles re-extracted with extractor {1}: {2} figures kept, {3} added, {4} removed, {5} no longer found but kept for analysts' reviews or notes"</summary>
    public const string ReextractedRetained = "job.reextracted_retained";

    /// <summary>"{0}: unchanged since its last import ({1} claims)"</summary>
    public const string ReferenceUnchanged = "job.reference_unchanged";

    /// <summary>"{0}: {1} {2} reference claims, {3} to {4}"</summary>
    public const string ReferenceImported = "job.reference_imported";

    /// <summary>"{0} figures were found in this article; only the first {1} in the text are stored ({2})."</summary>
    public const string FiguresCapped = "article.capped";

    /// <summary>"Re-extraction with extractor {0} failed: {1}: {2}"</summary>
    public const string ReextractionFailed = "article.reextraction_failed";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> Codes { get; } = CodesOf(typeof(JobMessages));

    /// <summary>The string constants of a class of codes.</summary>
    internal static IReadOnlyList<string> CodesOf(Type codes) => codes
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();
}
