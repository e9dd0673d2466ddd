using System.Linq.Expressions;
using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// The order in which an analyst should look at flags: likely wrong figures first (a digit slip, sources that disagree,
/// a departure from the published series), then implausible movements, then what is explained (restatements, resets,
/// revisions). Replaces ordering by the type's name.
/// </summary>
public static class ConflictPriority
{
    public static IReadOnlyList<string> Types { get; } =
    [
        "transcription", "cross_source", "reference_departure", "decrease", "inconsistent_parts", "same_day_update", "jump",
        "revision", "reset", "stale_citation", "since_mismatch", "retroactive_addition",
    ];

    /// <summary>A type's place in <see cref="Types"/>; an unknown type comes last.</summary>
    public static int Rank(string type) => Types.ToList().IndexOf(type) is var i and >= 0 ? i : Types.Count;

    /// <summary><see cref="Rank"/> as an expression the database evaluates (a CASE over the type).</summary>
    internal static Expression<Func<ReconciliationFlag, int>> RankExpression { get; } = Build();

    private static Expression<Func<ReconciliationFlag, int>> Build()
    {
        var flag = Expression.Parameter(typeof(ReconciliationFlag), "f");
        var type = Expression.Property(flag, nameof(ReconciliationFlag.Type));
        Expression rank = Expression.Constant(Types.Count);
        for (var i = Types.Count - 1; i >= 0; i--)
            rank = Expression.Condition(Expression.Equal(type, Expression.Constant(Types[i])), Expression.Constant(i), rank);
        return Expression.Lambda<Func<ReconciliationFlag, int>>(rank, flag);
    }
}
