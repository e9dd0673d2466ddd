namespace CasualtyDashboard.Web.Services.Export;

/// <summary>One line of a data dictionary.</summary>
public sealed record ExportDictionaryEntry(string Column, string Type, string Hxl, string Description);
