namespace CasualtyDashboard.Extraction.Model;

/// <summary>One article as the extractor reads it: the text exactly as crawled, and what is known around it.</summary>
/// <param name="Text">The page text.</param>
/// <param name="Published">Publication date, or null (the text's <c>تاريخ النشر:</c> line may then tell).</param>
/// <param name="Outlet">Publishing outlet, or null.</param>
/// <param name="Id">Stable article id, or null.</param>
/// <param name="Title">Title (context only: figures stated only in the title are not figures).</param>
public sealed record ArticleInput(string Text, DateOnly? Published = null, string? Outlet = null, string? Id = null, string? Title = null);
