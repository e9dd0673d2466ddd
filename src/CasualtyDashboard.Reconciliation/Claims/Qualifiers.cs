namespace CasualtyDashboard.Reconciliation.Claims;

/// <summary>The qualifier codes of the corpus schema; they widen the range a value stands for when values are compared.</summary>
public static class Qualifiers
{
    /// <summary>The number as stated.</summary>
    public const string Exact = "exact";

    /// <summary>"at least": the value is a lower bound.</summary>
    public const string AtLeast = "at_least";

    /// <summary>"more than": the true count is above the value.</summary>
    public const string MoreThan = "more_than";

    /// <summary>"about": the value is approximate.</summary>
    public const string About = "about";

    /// <summary>"up to": the value is an upper bound.</summary>
    public const string UpTo = "up_to";

    /// <summary>"dozens", "hundreds": the value is the lower bound of the quantifier.</summary>
    public const string Vague = "vague";
}
