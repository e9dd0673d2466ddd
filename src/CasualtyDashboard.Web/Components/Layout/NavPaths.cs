namespace CasualtyDashboard.Web.Components.Layout;

/// <summary>Which drawer link is the current page, as NavLink's matching would say.</summary>
public static class NavPaths
{
    /// <summary>
    /// Whether <paramref name="href"/> is the page at <paramref name="relativePath"/> (the base-relative address): the
    /// dashboard only at the root, another link at its own path or below it (<c>figures/…</c>), as NavLink's matching.
    /// </summary>
    public static bool IsActive(string relativePath, string href)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(href);
        var path = relativePath.Split('?', '#')[0].TrimEnd('/');
        if (href.Length == 0) return path.Length == 0;
        return path.Equals(href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);
    }
}
