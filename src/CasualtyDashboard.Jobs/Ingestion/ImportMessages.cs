namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// The codes of the import report's line errors (<see cref="IngestItemResult.Error"/>): why a file, a line or an article
/// was not stored. Worded like <see cref="JobMessages"/> (<c>Msg.{code}</c>, table in tools/message-strings.py); an
/// argument quoting a parser or an exception is <c>Text</c> and shows as it is.
/// </summary>
public static class ImportMessages
{
    /// <summary>The input named in a sentence (<c>Term.file</c>, <c>Term.request_body</c>).</summary>
    public const string File = "file", RequestBody = "request_body";

    /// <summary>"The {0} holds no article."</summary>
    public const string NoArticle = "import.no_article";

    /// <summary>"The {0} is {1}, not {2}: save it as {2} (nothing was stored)."</summary>
    public const string Utf16 = "import.utf16";

    /// <summary>"The {0} is binary (a {1} document), not text: nothing was stored."</summary>
    public const string BinaryDocument = "import.binary_document";

    /// <summary>"The {0} is binary (a ZIP archive, such as {1} or {2}; export it as {3}), not text: nothing was stored."</summary>
    public const string BinaryArchive = "import.binary_archive";

    /// <summary>"The {0} is binary (gzip-compressed), not text: nothing was stored."</summary>
    public const string BinaryCompressed = "import.binary_compressed";

    /// <summary>"The {0} is binary (it holds NUL bytes), not text: nothing was stored."</summary>
    public const string BinaryNul = "import.binary_nul";

    /// <summary>"The {0} is not {1}: it ends inside a character (line {2}). Save it as {1}; nothing was stored."</summary>
    public const string EndsInsideCharacter = "import.ends_inside_character";

    /// <summary>"The {0} is not {1}: byte {2} at line {3} (byte {4}) is not valid {1}. Save it as {1} ({5} and {6} files are not read); nothing was stored."</summary>
    public const string InvalidByte = "import.invalid_byte";

    /// <summary>"The file is empty."</summary>
    public const string FileEmpty = "import.file_empty";

    /// <summary>"\"{0}\": {1} files are not read; use {2}."</summary>
    public const string UnknownType = "import.unknown_type";

    /// <summary>"\"{0}\": files without an extension are not read; use {1}."</summary>
    public const string NoExtension = "import.no_extension";

    /// <summary>"\"{0}\" is {1} MB; at most {2} MB are read ({3}). Split it into smaller files."</summary>
    public const string TooLarge = "import.too_large";

    /// <summary>"\"{0}\" is larger than the limit; at most {1} MB are read ({2}). Split it into smaller files."</summary>
    public const string LargerThanLimit = "import.larger_than_limit";

    /// <summary>"Line {0} is longer than {1} MB ({2}): it was skipped. An article's text is at most {3} characters; put one article per line."</summary>
    public const string LineTooLong = "import.line_too_long";

    /// <summary>"Line {0}: {1}"</summary>
    public const string Line = "import.line";

    /// <summary>"Item {0}: {1}"</summary>
    public const string Item = "import.item";

    /// <summary>"The CSV file is empty: it needs a header row with a \"{0}\" column."</summary>
    public const string CsvEmpty = "import.csv_empty";

    /// <summary>"The CSV header (line {0}) cannot be read: {1}"</summary>
    public const string CsvHeaderUnreadable = "import.csv_header_unreadable";

    /// <summary>"The CSV header (line {0}) names the column \"{1}\" twice."</summary>
    public const string CsvColumnTwice = "import.csv_column_twice";

    /// <summary>"The CSV header (line {0}) has no \"{1}\" column; it has: {2}. The first row must name the columns ({3})."</summary>
    public const string CsvNoTextColumn = "import.csv_no_text_column";

    /// <summary>"{0} fields where the header has {1}; a field holding the delimiter, a quote or a line break must be quoted (\"...\"), with quotes inside doubled."</summary>
    public const string CsvFieldCount = "import.csv_field_count";

    /// <summary>"a quoted field opened on line {0} is never closed (a missing closing quote swallows the rest of the file)."</summary>
    public const string CsvUnclosedQuote = "import.csv_unclosed_quote";

    /// <summary>"text follows a closing quote on line {0}; quotes inside a quoted field must be doubled (\"\")."</summary>
    public const string CsvTextAfterQuote = "import.csv_text_after_quote";

    /// <summary>"a quote inside an unquoted field on line {0}; quote the whole field and double the quotes inside it."</summary>
    public const string CsvStrayQuote = "import.csv_stray_quote";

    /// <summary>"the \"{0}\" column is empty."</summary>
    public const string ColumnEmpty = "import.column_empty";

    /// <summary>"The {0} array cannot be read: {1}"</summary>
    public const string ArrayUnreadable = "import.array_unreadable";

    /// <summary>"not valid {0} ({1})" ({1}: the JSON reader's own message)</summary>
    public const string InvalidJson = "import.invalid_json";

    /// <summary>"expected a {0} object with a \"{1}\" field."</summary>
    public const string NotAnObject = "import.not_an_object";

    /// <summary>"the \"{0}\" field is missing or empty."</summary>
    public const string FieldMissing = "import.field_missing";

    /// <summary>"\"{0}\" must be a date {1}, not \"{2}\"."</summary>
    public const string BadDate = "import.bad_date";

    /// <summary>"\"{0}\" must be a string."</summary>
    public const string NotAString = "import.not_a_string";

    /// <summary>"\"{0}\" holds an invalid {1} escape: half of a surrogate pair (such as {2}) on its own is not a character."</summary>
    public const string LoneSurrogate = "import.lone_surrogate";

    /// <summary>"The article has no text."</summary>
    public const string NoText = "import.no_text";

    /// <summary>"The url must be an {0} or {1} address ({2} and other schemes are not stored)."</summary>
    public const string BadUrl = "import.bad_url";

    /// <summary>"The text has {0} characters; at most {1} are accepted."</summary>
    public const string TextTooLong = "import.text_too_long";

    /// <summary>"The text looks binary (it holds control characters), not an article."</summary>
    public const string LooksBinary = "import.looks_binary";

    /// <summary>"The text is not valid {0} (many replacement characters): re-save it as {0}."</summary>
    public const string ReplacementCharacters = "import.replacement_characters";

    /// <summary>"The same article (same text or URL) is stored already."</summary>
    public const string StoredAlready = "import.stored_already";

    /// <summary>"The same article (same text or URL) stands earlier in this input, at {0}."</summary>
    public const string EarlierInInput = "import.earlier_in_input";

    /// <summary>"The file could not be read: {0}"</summary>
    public const string FileUnreadable = "import.file_unreadable";

    /// <summary>"The file could not be imported: {0}: {1}"</summary>
    public const string FileFailed = "import.file_failed";

    /// <summary>Every code above (not the terms).</summary>
    public static IReadOnlyList<string> Codes { get; } = JobMessages.CodesOf(typeof(ImportMessages)).Where(c => c.Contains('.')).ToList();

    /// <summary>The words (<c>Term.{word}</c>) the codes use.</summary>
    public static IReadOnlyList<string> Terms { get; } = [File, RequestBody];
}
