using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Web.Services.Articles;
using CasualtyDashboard.Web.Services.Figures;
using Microsoft.AspNetCore.Components;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>
/// One article: its text right-to-left with every figure's evidence marked, the figures beside it, review and notes.
/// <c>/articles/{id}?figure={figureId}</c> (or <c>?claim=</c>) selects a figure; <c>/claims/{claimId}</c> opens the
/// article of a news claim (a claim's id is its figure's id) with that claim's span selected.
/// </summary>
public partial class ArticleView
{
    [Parameter] public long Id { get; set; }
    [Parameter] public long? ClaimId { get; set; }
    [SupplyParameterFromQuery(Name = "figure")] public long? Figure { get; set; }
    [SupplyParameterFromQuery(Name = "claim")] public long? Claim { get; set; }

    [Inject] private ArticleBrowseQueries Queries { get; set; } = default!;
    [Inject] private FigureGridQuery Figures { get; set; } = default!;
    [Inject] private FigureReviewActions Actions { get; set; } = default!;
    [Inject] private CodeNames Names { get; set; } = default!;
    [Inject] private MessageText Messages { get; set; } = default!;

    private ArticleDetail? _article;
    private HighlightedText? _text;
    private bool _notFound;
    private long? _selected;

    private FigureRow? Selected => _article?.Figures.FirstOrDefault(f => f.Id == _selected);

    protected override async Task OnParametersSetAsync()
    {
        _selected = ClaimId ?? Figure ?? Claim;
        if (ClaimId is { } claim)
        {
            // A reference claim (negative id) or a figure re-extracted away has no article to show.
            if (claim <= 0 || await Figures.GetAsync(claim) is not { } figure)
            {
                (_article, _text, _notFound) = (null, null, true);
                return;
            }
            Id = figure.ArticleId;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _article = await Queries.GetAsync(Id);
        _notFound = _article is null;
        _text = _article is null ? null : ArticleHighlighter.Split(_article.Text,
            _article.Figures.Select(f => new HighlightSpan(f.Id, f.EvidenceStart, f.EvidenceLength, f.Effective.Category, f.Evidence)));
        if (_article?.Figures.Count > 0 && _article.Figures.All(f => f.Id != _selected)) _selected = _article.Figures[0].Id;
    }

    private Task SelectAsync(long figureId)
    {
        _selected = figureId;
        return Task.CompletedTask;
    }

    private async Task RunAsync(Task<bool> action)
    {
        if (await action)
        {
            Figures.Invalidate();
            await LoadAsync();
        }
    }

    private string Describe(long figureId) =>
        _article?.Figures.FirstOrDefault(f => f.Id == figureId) is { } f
            ? $"#{f.Id}: {f.Effective.Value.ToString("N0", CultureInfo.InvariantCulture)} {Names.Code(f.Effective.Category.Code())} / {Names.Code(f.Effective.Subgroup.Code())} · {Names.Authority(f.Effective.Authority)}"
            : $"#{figureId}";
}
