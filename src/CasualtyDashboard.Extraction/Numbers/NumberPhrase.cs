using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Numbers;

/// <summary>A count found in the text: tokens [First, Last], its value, and whether it is vague or a dual noun.</summary>
internal readonly record struct NumberPhrase(int First, int Last, long Value, FigureQualifier Qualifier, bool IsDualNoun);
