using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CasualtyDashboard.Data.Review;

public static class ReviewServices
{
    /// <summary>The analyst (the user of the request or circuit: <see cref="CurrentAnalyst"/>), the audit trail and its queries, reviews, corrections, annotations, and the grid, article and export queries.</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CurrentAnalyst>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<FigureReviewService>();
        services.AddSingleton<AnnotationService>();
        services.AddSingleton<FigureGridCache>();
        services.AddSingleton<FigureGridQuery>();
        services.AddSingleton<IFigureFlagSource, NoFigureFlags>();
        services.AddSingleton<FigureExportQuery>();
        services.AddSingleton<ReconciledExportQuery>();
        services.AddSingleton<ArticleBrowseQueries>();
        services.AddSingleton<EvidenceContextQuery>();
        services.AddSingleton<AnnotationQueries>();
        return services;
    }
}
