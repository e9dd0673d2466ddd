namespace CasualtyDashboard.Data.Audit;

/// <summary>The action codes of <see cref="Entities.AuditEntry"/>; the interface names each (resources <c>AuditAction.*</c>).</summary>
public static class AuditActions
{
    public const string FigureReview = "figure.review";
    public const string FigureCorrect = "figure.correct";
    public const string NoteAdd = "note.add";
    public const string NoteEdit = "note.edit";
    public const string NoteDelete = "note.delete";
    public const string ConflictResolve = "conflict.resolve";
    public const string ConflictDismiss = "conflict.dismiss";
    public const string ImportArticles = "import.articles";
    public const string ImportReference = "import.reference";
    public const string FeedAdd = "feed.add";
    public const string FeedChange = "feed.change";
    public const string FeedRemove = "feed.remove";
    public const string FeedPoll = "feed.poll";
    public const string ArticlesRetry = "articles.retry";

    /// <summary>Every code, in the order the Audit page offers them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        FigureReview, FigureCorrect, NoteAdd, NoteEdit, NoteDelete, ConflictResolve, ConflictDismiss, ImportArticles, ImportReference,
        FeedAdd, FeedChange, FeedRemove, FeedPoll, ArticlesRetry,
    ];
}

/// <summary>The entity types of <see cref="Entities.AuditEntry"/>; the interface names each (resources <c>AuditEntity.*</c>).</summary>
public static class AuditEntities
{
    public const string Figure = "figure";
    public const string Note = "note";
    public const string Conflict = "conflict";
    public const string Articles = "articles";
    public const string Reference = "reference";
    public const string Feed = "feed";

    public static IReadOnlyList<string> All { get; } = [Figure, Note, Conflict, Articles, Reference, Feed];
}
