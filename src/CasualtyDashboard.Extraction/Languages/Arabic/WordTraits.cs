namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// What the stages after lookup ask of nearly every word, copied beside each token so that they need not read the
/// word's <see cref="WordInfo"/> (a read per token that mostly misses the cache) to learn the answer is no.
/// </summary>
[Flags]
internal enum WordTraits : byte
{
    None = 0,
    /// <summary>Multi-word entries start with the word (<see cref="WordInfo.Phrases"/>).</summary>
    StartsPhrases = 1 << 0,
    /// <summary>A number word or a dual noun: it can start a count.</summary>
    StartsCount = 1 << 1,
    /// <summary>A demonym that is not a person noun (تركية، سورية): it can name a town's country.</summary>
    Land = 1 << 2,
    /// <summary>
    /// The entry has a flag or role that a basis marker is read from at the word itself (BasisResolver.MarkerFlags and
    /// MarkerRoles): without it, and without the few surface forms BasisResolver.MayMark names, a word marks no basis.
    /// </summary>
    MayMarkBasis = 1 << 3,
}
