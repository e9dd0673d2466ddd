using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Data.Analysts;

/// <summary>The <c>Analyst</c> settings section: who every write is recorded as, until accounts exist.</summary>
public sealed class AnalystOptions
{
    public const string SectionName = "Analyst";

    [Required(AllowEmptyStrings = false)]
    [StringLength(100, MinimumLength = 1)]
    [RegularExpression(@".*\S.*", ErrorMessage = "Analyst:Name must not be blank.")]
    public string Name { get; set; } = "local-analyst";
}
