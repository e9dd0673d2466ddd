namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>What the caller knows of a <c>.txt</c> article, whose file holds only the text.</summary>
public sealed record TextArticleDetails(DateOnly? Published = null, string? Outlet = null, string? Title = null, string? Url = null);
