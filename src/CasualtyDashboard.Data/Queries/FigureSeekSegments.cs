using System.Linq.Expressions;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Keyset paging for the Figures grid (decision 041). The rows after a cursor in a sort's order are the union, in order,
/// of a few <em>segments</em>, each one plain index range: for a sort on (column, reporting date, id), first the rows
/// with the cursor's column value and date and a larger id, then those with its column value and a later date, then
/// those with a later column value. Each segment is read with the sort's ORDER BY and a LIMIT of what the page still
/// lacks, so a page is one or two short index reads at any depth. No segment needs an OR of comparisons (which
/// SQLite's planner cannot turn into one range): a value after the cursor's is one comparison; nulls, which SQLite and
/// SQL Server put first in an ascending order and PostgreSQL last, are a segment of their own; the enum columns, stored
/// as their codes, are one equality segment per code after the cursor's (their codes sort the same in every collation:
/// lowercase ASCII letters, one underscore).
/// </summary>
internal static class FigureSeekSegments
{
    /// <summary>The segments after the cursor (from it, when <paramref name="inclusive"/>) in the order (<paramref name="descending"/> as read).</summary>
    /// <param name="nullsFirstAscending">True for SQLite and SQL Server, false for PostgreSQL.</param>
    public static List<Expression<Func<Figure, bool>>> After(FigureSortColumn column, bool descending, FigureCursor c, bool nullsFirstAscending, bool inclusive = false)
    {
        var id = c.Id;
        var idAfter = (descending, inclusive) switch
        {
            (true, false) => (Expression<Func<Figure, bool>>)(f => f.Id < id),
            (true, true) => f => f.Id <= id,
            (false, false) => f => f.Id > id,
            _ => f => f.Id >= id,
        };
        var date = Date(c.ReportedOn, descending, nullsFirstAscending);
        var segments = new List<Expression<Func<Figure, bool>>>();
        switch (column)
        {
            case FigureSortColumn.Id:
                segments.Add(idAfter);
                break;
            case FigureSortColumn.ReportedOn:
                segments.Add(And(date.Equal, idAfter));
                segments.AddRange(date.After);
                break;
            case FigureSortColumn.Value:
                var value = c.Value;
                segments.Add(And(f => f.Value == value, idAfter));
                segments.Add(descending ? f => f.Value < value : f => f.Value > value);
                break;
            default:
                var key = Key(column, c, descending, nullsFirstAscending);
                segments.Add(And(key.Equal, And(date.Equal, idAfter)));
                segments.AddRange(date.After.Select(after => And(key.Equal, after)));
                segments.AddRange(key.After);
                break;
        }
        return segments;
    }

    /// <summary>
    /// Segments covering every row, in the order read: the first page read from them is an index range on the sort's
    /// column even when a filter has an index of its own (SQLite would otherwise read the filter's index and sort every
    /// matching row, a second for a tenth of a million figures): a bound that excludes nothing, or for an enum column
    /// one equality per code, and nulls a segment of their own.
    /// </summary>
    public static List<Expression<Func<Figure, bool>>> All(FigureSortColumn column, bool descending, bool nullsFirstAscending)
    {
        var nullsFirst = NullsFirst(descending, nullsFirstAscending);
        List<Expression<Func<Figure, bool>>> WithNulls(Expression<Func<Figure, bool>> values, Expression<Func<Figure, bool>> nulls) =>
            nullsFirst ? [nulls, values] : [values, nulls];
        var min = DateOnly.MinValue;
        return column switch
        {
            FigureSortColumn.Id => [f => f.Id >= long.MinValue],
            FigureSortColumn.Value => [f => f.Value >= long.MinValue],
            FigureSortColumn.ReportedOn => WithNulls(f => f.ReportedOn >= min, f => f.ReportedOn == null),
            FigureSortColumn.Category => [.. InOrder(Enum.GetValues<FigureCategory>(), v => v.Code(), descending).Select(v => (Expression<Func<Figure, bool>>)(f => f.Category == v))],
            FigureSortColumn.Subgroup => [.. InOrder(Enum.GetValues<FigureSubgroup>(), v => v.Code(), descending).Select(v => (Expression<Func<Figure, bool>>)(f => f.Subgroup == v))],
            FigureSortColumn.Region => WithNulls(f => string.Compare(f.Region, "") >= 0, f => f.Region == null),
            _ => [f => string.Compare(f.Authority, "") >= 0],
        };
    }

    private sealed record KeyPredicates(Expression<Func<Figure, bool>> Equal, IReadOnlyList<Expression<Func<Figure, bool>>> After);

    private static KeyPredicates Key(FigureSortColumn column, FigureCursor c, bool descending, bool nullsFirstAscending)
    {
        switch (column)
        {
            case FigureSortColumn.Category:
                var category = c.Category;
                return new(f => f.Category == category,
                    [.. CodesAfter(Enum.GetValues<FigureCategory>(), v => v.Code(), category, descending).Select(v => (Expression<Func<Figure, bool>>)(f => f.Category == v))]);
            case FigureSortColumn.Subgroup:
                var subgroup = c.Subgroup;
                return new(f => f.Subgroup == subgroup,
                    [.. CodesAfter(Enum.GetValues<FigureSubgroup>(), v => v.Code(), subgroup, descending).Select(v => (Expression<Func<Figure, bool>>)(f => f.Subgroup == v))]);
            case FigureSortColumn.Region:
                var region = c.Region;
                if (region is null)
                    return new(f => f.Region == null, NullsFirst(descending, nullsFirstAscending) ? [f => f.Region != null] : []);
                Expression<Func<Figure, bool>> regionAfter = descending ? f => string.Compare(f.Region, region) < 0 : f => string.Compare(f.Region, region) > 0;
                return new(f => f.Region == region, NullsFirst(descending, nullsFirstAscending) ? [regionAfter] : [regionAfter, f => f.Region == null]);
            default:
                var authority = c.Authority;
                return new(f => f.Authority == authority,
                    [descending ? f => string.Compare(f.Authority, authority) < 0 : f => string.Compare(f.Authority, authority) > 0]);
        }
    }

    private static KeyPredicates Date(DateOnly? cursor, bool descending, bool nullsFirstAscending)
    {
        var nullsFirst = NullsFirst(descending, nullsFirstAscending);
        if (cursor is not { } day)
            return new(f => f.ReportedOn == null, nullsFirst ? [f => f.ReportedOn != null] : []);
        Expression<Func<Figure, bool>> after = descending ? f => f.ReportedOn < day : f => f.ReportedOn > day;
        return new(f => f.ReportedOn == day, nullsFirst ? [after] : [after, f => f.ReportedOn == null]);
    }

    /// <summary>Whether nulls come first in this direction: ascending on SQLite and SQL Server, descending on PostgreSQL.</summary>
    private static bool NullsFirst(bool descending, bool nullsFirstAscending) => descending != nullsFirstAscending;

    /// <summary>The enum's values whose stored codes come after the cursor's, in the order read.</summary>
    internal static IEnumerable<T> CodesAfter<T>(IEnumerable<T> values, Func<T, string> code, T cursor, bool descending)
    {
        var at = code(cursor);
        return InOrder(values.Where(v => descending ? string.CompareOrdinal(code(v), at) < 0 : string.CompareOrdinal(code(v), at) > 0), code, descending);
    }

    private static IEnumerable<T> InOrder<T>(IEnumerable<T> values, Func<T, string> code, bool descending) =>
        descending ? values.OrderByDescending(code, StringComparer.Ordinal) : values.OrderBy(code, StringComparer.Ordinal);

    private static Expression<Func<Figure, bool>> And(Expression<Func<Figure, bool>> left, Expression<Func<Figure, bool>> right)
    {
        var body = new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body);
        return Expression.Lambda<Func<Figure, bool>>(Expression.AndAlso(left.Body, body), left.Parameters);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
