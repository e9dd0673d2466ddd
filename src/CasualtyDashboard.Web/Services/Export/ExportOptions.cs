namespace CasualtyDashboard.Web.Services.Export;

/// <summary>How to write an export. <see cref="Hxl"/>: a row of HXL hashtags under the header (CSV, XLSX).</summary>
public sealed record ExportOptions(bool Hxl = false);
