namespace CasualtyDashboard.Web.Services.Inputs;

/// <summary>
/// What a choice in a select changed, to hand back to its owner: the new value of a single select (default for none), or
/// the new values of a multi-select in the options' order (<see cref="Values"/> is null for a single select).
/// </summary>
public sealed record SelectChange<T>(T? Value, IReadOnlyList<T>? Values);
