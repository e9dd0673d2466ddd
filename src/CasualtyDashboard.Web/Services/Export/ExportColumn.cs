namespace CasualtyDashboard.Web.Services.Export;

/// <summary>
/// One column of an export: its name (CSV header, JSON property), type and description (the data dictionary), HXL
/// hashtag, and how a row gives its value (<c>string</c>, <c>long</c>, <c>int</c>, <c>double</c>, <c>bool</c>,
/// <c>DateOnly</c>, <c>DateTime</c> in UTC, or null).
/// </summary>
public sealed record ExportColumn<TRow>(string Name, ExportType Type, string Hxl, string Description, Func<TRow, object?> Value);
