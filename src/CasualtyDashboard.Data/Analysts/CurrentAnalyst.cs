using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data.Analysts;

/// <summary>The analyst a write is recorded as: the one configured local analyst (<c>Analyst:Name</c>) until accounts exist.</summary>
public sealed class CurrentAnalyst(IOptions<AnalystOptions> options)
{
    public string Name => options.Value.Name.Trim();
}
