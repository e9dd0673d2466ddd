using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Normalization;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>Collects vocabulary entries, normalising every form on the way in.</summary>
internal sealed class LexiconBuilder
{
    public Dictionary<string, WordInfo> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>Applies <paramref name="set"/> to each space-separated form.</summary>
    public void Words(string forms, Action<WordInfo> set)
    {
        foreach (var form in forms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            set(Get(form));
        }
    }

    public void Flag(string forms, WordFlags flags) => Words(forms, w => w.Flags |= flags);

    public void Role(string forms, WordRole role) => Words(forms, w => w.Roles |= role);

    /// <summary>Adds a phrase (words separated by spaces); the first word carries it.</summary>
    public void Phrase(string text, Func<string[], Phrase> make)
    {
        var words = ArabicNormalizer.NormalizeWord(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var entry = Get(words[0]);
        entry.Phrases ??= [];
        entry.Phrases.Add(make(words[1..]));
        // Longest phrases first, so "وزارة الصحة في غزة" wins over "وزارة الصحة".
        entry.Phrases.Sort((a, b) => b.Rest.Length.CompareTo(a.Rest.Length));
        entry.PhraseNextLasts = string.Concat(entry.Phrases.Select(p => p.NextLast));
    }

    public void Phrases(string texts, Func<string[], Phrase> make)
    {
        foreach (var text in texts.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Phrase(text, make);
        }
    }

    public void Casualty(string forms, FigureCategory category, CueRole role, byte count = 0) =>
        Words(forms, w =>
        {
            w.Category ??= category;
            w.Role = w.Role == CueRole.None ? role : w.Role;
            w.Count = count;
            w.Precedes |= role == CueRole.Before;
        });

    public void Person(string forms, FigureSubgroup subgroup, byte count = 0, string? demonym = null) =>
        Words(forms, w =>
        {
            w.Subgroup = subgroup;
            w.Count = count;
            w.Demonym = demonym;
        });

    private WordInfo Get(string form)
    {
        var key = ArabicNormalizer.NormalizeWord(form);
        if (!Entries.TryGetValue(key, out var info))
        {
            info = new WordInfo(key);
            Entries[key] = info;
        }

        return info;
    }
}
