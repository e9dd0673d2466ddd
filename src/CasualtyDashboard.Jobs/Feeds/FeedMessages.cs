namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// The codes of what the Feeds page reads: a feed's last error and outcome, an item's error, the answer to a change
/// asked on the page, a fetch's failure. Worded like <see cref="JobMessages"/> (<c>Msg.{code}</c>, table in
/// tools/message-strings.py); an argument quoting an outside library (a reason phrase, a network error) is <c>Text</c>.
/// </summary>
public static class FeedMessages
{
    /// <summary>"Give the feed's address."</summary>
    public const string AddressMissing = "feed.address_missing";

    /// <summary>"The address is longer than {0} characters."</summary>
    public const string AddressTooLong = "feed.address_too_long";

    /// <summary>"This is not an absolute address (it should start with {0})."</summary>
    public const string NotAbsolute = "feed.not_absolute";

    /// <summary>"Only {0} and {1} feeds are read, not {2}."</summary>
    public const string Scheme = "feed.scheme";

    /// <summary>"The address has no host."</summary>
    public const string NoHost = "feed.no_host";

    /// <summary>"The address holds a user name or password; feeds with credentials are not supported."</summary>
    public const string Credentials = "feed.credentials";

    /// <summary>"Give the outlet's name (up to {0} characters)."</summary>
    public const string OutletMissing = "feed.outlet_missing";

    /// <summary>"The interval is between {0} and {1} minutes (a week)."</summary>
    public const string Interval = "feed.interval";

    /// <summary>"This feed is listed already (outlet {0})."</summary>
    public const string Listed = "feed.listed";

    /// <summary>"Added {0}; it is polled at the next run of the feed job."</summary>
    public const string Added = "feed.added";

    /// <summary>"That feed no longer exists."</summary>
    public const string Gone = "feed.gone";

    /// <summary>"Feed enabled."</summary>
    public const string Enabled = "feed.enabled";

    /// <summary>"Feed disabled: it is not polled until enabled again."</summary>
    public const string Disabled = "feed.disabled";

    /// <summary>"This feed comes from the settings ({0}) and would come back at the next start: disable it here, or remove it there."</summary>
    public const string FromSettings = "feed.from_settings";

    /// <summary>"Deleted {0}; the {1} articles taken from it stay."</summary>
    public const string Deleted = "feed.deleted";

    /// <summary>"The feed is disabled: enable it first."</summary>
    public const string IsDisabled = "feed.is_disabled";

    /// <summary>"Poll started; this page shows its outcome when it ends."</summary>
    public const string PollStarted = "feed.poll_started";

    /// <summary>"Failed: {0}"</summary>
    public const string Failed = "feed.failed";

    /// <summary>"Not changed since the last poll ({0})."</summary>
    public const string NotModified = "feed.not_modified";

    /// <summary>"{0}. ({0}: the parts, a list)"</summary>
    public const string Outcome = "feed.outcome";

    /// <summary>"No new items"</summary>
    public const string NoNewItems = "feed.no_new_items";

    /// <summary>"{0} items fetched: {1} stored, {2} already stored, {3} failed"</summary>
    public const string Fetched = "feed.fetched";

    /// <summary>"{0} to retry"</summary>
    public const string Retrying = "feed.retrying";

    /// <summary>"{0} new items left for the next poll"</summary>
    public const string Left = "feed.left";

    /// <summary>"{0} pages not fetched within the poll's time budget ({1}), taken at the next poll"</summary>
    public const string Deferred = "feed.deferred";

    /// <summary>"{0} items without an {1} link skipped"</summary>
    public const string Skipped = "feed.skipped";

    /// <summary>"Fetching the feed failed: {0}"</summary>
    public const string FetchFailed = "feed.fetch_failed";

    /// <summary>"HTTP {0} {1}"</summary>
    public const string Http = "feed.http";

    /// <summary>"The response is {0} bytes; at most {1} are read."</summary>
    public const string DeclaredTooLarge = "feed.declared_too_large";

    /// <summary>"The response is larger than {0} bytes, the most that is read."</summary>
    public const string TooLarge = "feed.too_large";

    /// <summary>"No complete answer within {0} s."</summary>
    public const string Timeout = "feed.timeout";

    /// <summary>"Refused: {0}"</summary>
    public const string Refused = "feed.refused";

    /// <summary>"{0} is an internal address ({1}): loopback, private, link-local and metadata addresses are not fetched. {2} names hosts that may be."</summary>
    public const string InternalAddress = "feed.internal_address";

    /// <summary>"Could not fetch: {0}"</summary>
    public const string Unreachable = "feed.unreachable";

    /// <summary>"{0} (gave up after {1} attempts)"</summary>
    public const string GaveUp = "feed.gave_up";

    /// <summary>"The page's text was not accepted: {0}"</summary>
    public const string NotAccepted = "feed.not_accepted";

    /// <summary>"Not fetched: the poll's time budget of {0} s ({1}) ran out; taken at the next poll."</summary>
    public const string BudgetSpent = "feed.budget_spent";

    /// <summary>"The page did not answer."</summary>
    public const string NoAnswer = "feed.no_answer";

    /// <summary>"Not an HTML page ({0})."</summary>
    public const string NotHtml = "feed.not_html";

    /// <summary>"No article text found on the page."</summary>
    public const string NoArticleText = "feed.no_article_text";

    /// <summary>"The page could not be read ({0})."</summary>
    public const string PageUnreadable = "feed.page_unreadable";

    /// <summary>"The feed declares a DTD, which is refused for safety (it could expand entities or fetch files)."</summary>
    public const string Dtd = "feed.dtd";

    /// <summary>"The feed is not well-formed XML: Line {0}, position {1}."</summary>
    public const string NotXml = "feed.not_xml";

    /// <summary>"The feed document is empty."</summary>
    public const string EmptyDocument = "feed.empty_document";

    /// <summary>"The RSS document has no {0}."</summary>
    public const string NoChannel = "feed.no_channel";

    /// <summary>"Not an RSS or Atom feed: the document is a web page ({0})."</summary>
    public const string WebPage = "feed.web_page";

    /// <summary>"Not an RSS or Atom feed: the document's root element is none of {0}."</summary>
    public const string UnknownRoot = "feed.unknown_root";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> Codes { get; } = JobMessages.CodesOf(typeof(FeedMessages));
}
