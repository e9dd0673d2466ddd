using System.Numerics;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Every form a vocabulary entry can take with clitics, with the entry and how many letters of clitics it has: an
/// open-addressing hash table read with spans of article text, so a word is found by hashing it once and comparing it
/// with one stored form, and no string is made. The forms are fixed at load and never come from input, so hash
/// flooding is not a concern.
/// </summary>
internal sealed class SurfaceTable
{
    // One 64-bit slot per position: the form's hash (never 0, which marks an empty slot) above its index. At most half
    // full, so a probe rarely reads past its first slot, and a miss (most words of an article) reads nothing else.
    private readonly ulong[] _slots;
    private readonly int _shift;

    // The forms, end to end in one array, and what each one finds.
    private readonly char[] _chars;
    private readonly int[] _start;
    private readonly byte[] _length;
    private readonly byte[] _prefix;
    private readonly WordInfo[] _infos;

    public SurfaceTable(List<(string Form, WordInfo Info, int Prefix)> forms)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, forms.Count * 2));
        _slots = new ulong[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        _chars = new char[forms.Sum(f => f.Form.Length)];
        _start = new int[forms.Count];
        _length = new byte[forms.Count];
        _prefix = new byte[forms.Count];
        _infos = new WordInfo[forms.Count];
        var at = 0;
        for (var n = 0; n < forms.Count; n++)
        {
            var (form, info, prefix) = forms[n];
            form.CopyTo(_chars.AsSpan(at));
            (_start[n], _length[n], _prefix[n], _infos[n]) = (at, checked((byte)form.Length), checked((byte)prefix), info);
            at += form.Length;
            var hash = Hash(form);
            var i = Index(hash);
            while (_slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            _slots[i] = ((ulong)hash << 32) | (uint)n;
        }
    }

    public int Count => _infos.Length;

    /// <summary>The entry <paramref name="word"/> is a form of, and its clitics' length; null when it is none.</summary>
    public WordInfo? Find(ReadOnlySpan<char> word, out int prefix)
    {
        var hash = Hash(word);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = Index(hash); ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                prefix = 0;
                return null;
            }

            if ((uint)(slot >> 32) == hash)
            {
                var n = unchecked((int)(uint)slot);
                if (word.SequenceEqual(_chars.AsSpan(_start[n], _length[n])))
                {
                    prefix = _prefix[n];
                    return _infos[n];
                }
            }
        }
    }

    // FNV-1a taking two letters a step, then a shift so the high bits reach the low ones; never 0.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)word.Length;
            var k = 0;
            for (; k + 1 < word.Length; k += 2)
            {
                hash = (hash ^ word[k] ^ ((uint)word[k + 1] << 16)) * 16777619u;
            }

            if (k < word.Length)
            {
                hash = (hash ^ word[k]) * 16777619u;
            }

            return (hash ^ (hash >> 15)) | 1;
        }
    }

    // Fibonacci hashing: the top bits of the product spread every bit of the hash over the index.
    private int Index(uint hash) => (int)(unchecked(hash * 2654435769u) >> _shift);
}
