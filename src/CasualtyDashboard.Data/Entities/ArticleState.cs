namespace CasualtyDashboard.Data.Entities;

/// <summary>Where an article is in the pipeline.</summary>
public enum ArticleState
{
    /// <summary>Stored, waiting for the extract job (also after a failed attempt that will be retried).</summary>
    Pending,
    /// <summary>Figures extracted by <see cref="Article.ExtractorVersion"/>.</summary>
    Extracted,
    /// <summary>Gave up after the configured number of attempts; <see cref="Article.LastError"/> says why.</summary>
    Failed,
}
