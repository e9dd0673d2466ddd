namespace CasualtyDashboard.Reconciliation.Messages;

/// <summary>
/// The codes of the sentences reconciliation writes (a flag's reason, a value's explanation) and of the phrases inside
/// them, and the words (<see cref="ArgKind.Term"/>) they use. The Web project words each code from its resource table
/// (<c>Msg.{code}</c>, <c>Term.{word}</c>); a test there fails when one has no wording in either language.
/// </summary>
public static class ReconciliationMessages
{
    // Phrases inside sentences.
    /// <summary>"{0}": sentences (a list) one after the other, as a flag raised twice is stored.</summary>
    public const string Sentences = "sentences";

    /// <summary>"{0}"</summary>
    public const string Value = "value";

    /// <summary>"{0} (reference, claim {1})"</summary>
    public const string ClaimOfReference = "claim.reference";

    /// <summary>"{0} ({1}, claim {2})"</summary>
    public const string ClaimOfOutlet = "claim.outlet";

    /// <summary>"{0} ({1}, claim {2})"</summary>
    public const string ClaimOfAuthority = "claim.authority";

    /// <summary>"{0} {1}"</summary>
    public const string SourceClaim = "source";

    /// <summary>"{0} (reference)"</summary>
    public const string ReferenceLabel = "label.reference";

    /// <summary>"{0} ({1})"</summary>
    public const string EarlierValue = "earlier_value";

    /// <summary>"{0}, {1}"</summary>
    public const string Slip = "slip";

    /// <summary>"{0} {1} against {2}"</summary>
    public const string PartAgainstWhole = "part_against_whole";

    /// <summary>"reconciled {0} against {1}"</summary>
    public const string ReconciledAgainstWhole = "reconciled_against_whole";

    /// <summary>"{0} restates {1}'s value of {2}"</summary>
    public const string Restates = "restates";

    /// <summary>"a step of +{0} in {1} days ({2}/day)"</summary>
    public const string Step = "step";

    /// <summary>"a step of +{0} in {1} days ({2}/day against a recent median of {3}/day)"</summary>
    public const string StepAgainstMedian = "step_median";

    // Flag reasons.
    /// <summary>"{0}, which {1} had since replaced: a restatement, left out of the value and of conflicts."</summary>
    public const string StaleCitation = "flag.stale_citation";

    /// <summary>"{0}, which {1} had since replaced (its value of {2}: {3}): a restatement, left out of the value and of conflicts."</summary>
    public const string StaleCitationWithCurrent = "flag.stale_citation_current";

    /// <summary>"{0} revised its value of {1}: earlier {2}; now {3}."</summary>
    public const string Revision = "flag.revision";

    /// <summary>"Sources disagree on {0} beyond the tolerance: {1}."</summary>
    public const string CrossSource = "flag.cross_source";

    /// <summary>"News figures depart from the published series of {0} ({1}) on {2}: {3}."</summary>
    public const string ReferenceDeparture = "flag.reference_departure";

    /// <summary>"Claims quoting {0} for {1} differ at digit level from its statement {2}: {3}."</summary>
    public const string TranscriptionFromStatement = "flag.transcription_statement";

    /// <summary>"Claims quoting {0} for {1} differ at digit level from its published series ({2}): {3}."</summary>
    public const string TranscriptionFromReference = "flag.transcription_reference";

    /// <summary>"Claims quoting {0} for {1} differ from its statement {2} by more than a digit slip: {3}; an earlier or later update of that day, not a transcription error."</summary>
    public const string SameDayUpdateFromStatement = "flag.same_day_update_statement";

    /// <summary>"Claims quoting {0} for {1} differ from its published series ({2}) by more than a digit slip: {3}; an earlier or later update of that day, not a transcription error."</summary>
    public const string SameDayUpdateFromReference = "flag.same_day_update_reference";

    /// <summary>"{0} state a count since {1}, but continue this series counting since {2}: they join it instead of opening a new series."</summary>
    public const string SinceMismatch = "flag.since_mismatch";

    /// <summary>"{0} state a count since {1}, but continue this series counting since {2} ({3} on {4}): they join it instead of opening a new series."</summary>
    public const string SinceMismatchAfter = "flag.since_mismatch_after";

    /// <summary>"{0} declares a retroactive addition to its cumulative on {1}."</summary>
    public const string RetroactiveDeclared = "flag.retroactive_declared";

    /// <summary>"{0} declares a retroactive addition on {1}; it explains {2}."</summary>
    public const string RetroactiveExplains = "flag.retroactive_explains";

    /// <summary>"{0} declares a retroactive addition on {1}; it explains {2}, which is therefore not flagged as a jump."</summary>
    public const string RetroactiveExplainsJump = "flag.retroactive_explains_jump";

    /// <summary>"{0}'s cumulative goes down from {1} on {2} to {3} on {4}."</summary>
    public const string Decrease = "flag.decrease";

    /// <summary>"{0}'s cumulative makes {1}, more than {2} times its recent rate, and no retroactive addition is declared."</summary>
    public const string Jump = "flag.jump";

    /// <summary>"The reconciled cumulative goes down from {0} on {1} to {2} on {3}, from one source to another."</summary>
    public const string ReconciledDecrease = "flag.reconciled_decrease";

    /// <summary>"{0} {1} exceed all {1} on {2}: {3}."</summary>
    public const string PartsExceedWhole = "flag.parts_exceed";

    /// <summary>"{0} gives {1} {2} for the {3} days to {4}, but its cumulative rose by {5} ({6} on {7}, {8} on {4})."</summary>
    public const string PeriodMismatch = "flag.period_mismatch";

    /// <summary>"{0} gives {1} {2} for the {3} days to {4}, but its cumulative rose by {5} ({6} on {7}, {8} on {4}); a declared retroactive addition explains the difference."</summary>
    public const string PeriodMismatchDeclared = "flag.period_mismatch_declared";

    /// <summary>"The cumulative restarts: {0} on {1} after {2} on {3}; a new series opens from {1} instead of a decrease."</summary>
    public const string ResetSplit = "flag.reset_split";

    /// <summary>"A count restarting from {0} opens a new series beside the one counting from {1}."</summary>
    public const string ResetStated = "flag.reset_stated";

    // Explanations of reconciled values.
    /// <summary>"Resolved by {0}: {1}"</summary>
    public const string ResolvedBy = "rule.resolved";

    /// <summary>"{0} ranks first by authority priority."</summary>
    public const string AuthorityPriority = "rule.authority_priority";

    /// <summary>"The top-priority sources disagree ({0}); {1} is cited by {2} independent sources, more than any other value."</summary>
    public const string MostCited = "rule.most_cited";

    /// <summary>"The top-priority sources disagree ({0}) and as many independent sources cite each; {1}'s is the latest statement."</summary>
    public const string LatestStatement = "rule.latest_statement";

    /// <summary>"Quotes of {0} disagree ({1}); its own publication {2} is preferred over quotes of it."</summary>
    public const string OwnPublication = "rule.own_publication";

    /// <summary>"Quotes of {0} disagree ({1}); {2} is cited by {3} independent outlets, more than any other value."</summary>
    public const string QuotesMostCited = "rule.quotes_most_cited";

    /// <summary>"Quotes of {0} disagree ({1}) and as many outlets cite each; the latest statement {2} is kept."</summary>
    public const string QuotesLatest = "rule.quotes_latest";

    /// <summary>Words used as <see cref="ArgKind.Term"/> arguments (the kinds of <see cref="Conflicts.DigitSlip"/> among them).</summary>
    public static IReadOnlyList<string> Terms { get; } =
        [TermNoDay, TermUnstatedDay, Conflicts.DigitSlip.DigitChanged, Conflicts.DigitSlip.DigitsTransposed, Conflicts.DigitSlip.DigitDropped, Conflicts.DigitSlip.SeparatorAsPoint];

    /// <summary>"no day": a claim states no start day.</summary>
    public const string TermNoDay = "no_day";

    /// <summary>"an unstated day": the series' start day is not stated.</summary>
    public const string TermUnstatedDay = "unstated_day";

    /// <summary>Every code above (for the tests that check each has a wording).</summary>
    public static IReadOnlyList<string> Codes { get; } = typeof(ReconciliationMessages)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && !f.Name.StartsWith("Term", StringComparison.Ordinal))
        .Select(f => (string)f.GetRawConstantValue()!).ToList();
}
