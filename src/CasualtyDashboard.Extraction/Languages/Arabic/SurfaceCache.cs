using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// The words a thread has looked up lately, each with what <see cref="SurfaceTable"/> answered for it (an entry or none):
/// a direct-mapped table of 16,384 words, 512 KiB, about a core's L2 cache, where the surface table (1 MiB of slots and
/// about as much of letters, read at random) is not (decision 074: 4,096 words were measured too, and were slower). A word of up to <see cref="LongestKey"/> letters is held whole in
/// its line (first and last four letters as two 64-bit numbers, and its length), so a word found here costs one read
/// and no compare of letters elsewhere. Filled as text is read, not from a list: the lexicon says nothing of how often
/// a form occurs, and an article's common words (في، وزارة، الصحة، غزة) are the ones that stay.
/// </summary>
internal sealed class SurfaceCache
{
    /// <summary>Longest word held: up to eight letters the first and last four are the whole word.</summary>
    public const int LongestKey = 8;

    private const int Bits = 14;

    private readonly Line[] _lines = new Line[1 << Bits];

    /// <summary>The line a word of this hash is held in (one per hash: a newer word replaces the older).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref Line At(uint hash) => ref _lines[unchecked(hash * 2654435769u) >> (32 - Bits)];

    /// <summary>
    /// One word and its answer: <see cref="Meta"/> packs its length (bits 0-4, 0 in a line never written), the length
    /// of its clitics (5-7) and the entry's number in the surface table (8-23).
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = 32)]
    internal struct Line
    {
        public ulong Head;
        public ulong Tail;
        public uint Meta;
    }
}
