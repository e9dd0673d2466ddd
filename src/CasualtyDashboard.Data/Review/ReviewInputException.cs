namespace CasualtyDashboard.Data.Review;

/// <summary>An analyst's write that cannot be stored as given; the message says why, in words a page can show.</summary>
public sealed class ReviewInputException(string message) : Exception(message);
