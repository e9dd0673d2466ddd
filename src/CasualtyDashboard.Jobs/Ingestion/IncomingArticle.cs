namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>An article on its way in, in the articles shape of SCHEMA.md (<c>text</c> required, the rest optional).</summary>
public sealed record IncomingArticle(string Text, DateOnly? Published = null, string? Outlet = null, string? Url = null, string? Title = null, string? Id = null);
