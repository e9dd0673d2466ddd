namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>The document is not a readable RSS 2.0 or Atom feed; the message says what is wrong, for the Feeds page.</summary>
public sealed class FeedFormatException(string message, Exception? inner = null) : Exception(message, inner);
