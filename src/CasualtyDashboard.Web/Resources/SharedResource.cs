namespace CasualtyDashboard.Web.Resources;

/// <summary>
/// Marker for the interface strings: <c>SharedResource.resx</c> (English) and <c>SharedResource.ar.resx</c> (Arabic)
/// beside it. Components take <c>IStringLocalizer&lt;SharedResource&gt;</c> (injected as <c>L</c> in _Imports.razor).
/// </summary>
public sealed class SharedResource;
