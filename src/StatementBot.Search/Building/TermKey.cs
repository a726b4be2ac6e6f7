namespace StatementBot.Search.Building;

/// <summary>
/// A word or a phrase of two or three words as one number: each stem id (plus one) in 21 bits, first word lowest,
/// so words and phrases share one count table. Stem ids must stay below 2,097,151.
/// </summary>
internal static class TermKey
{
    private const int Bits = 21;
    private const long Mask = (1L << Bits) - 1;

    public const int MaxStem = (int)Mask - 1;

    public static long Word(int stem) => stem + 1L;

    public static long Pair(int first, int second) => (first + 1L) | ((second + 1L) << Bits);

    public static long Triple(int first, int second, int third) => Pair(first, second) | ((third + 1L) << (2 * Bits));

    /// <summary>How many words the term has (1–3).</summary>
    public static int Length(long key) => key >> (2 * Bits) != 0 ? 3 : key >> Bits != 0 ? 2 : 1;

    /// <summary>The stem at <paramref name="index"/> (0-based).</summary>
    public static int Stem(long key, int index) => (int)((key >> (index * Bits)) & Mask) - 1;

    /// <summary>Whether the two terms share a stem.</summary>
    public static bool Overlap(long a, long b)
    {
        for (var i = 0; i < Length(a); i++)
        {
            for (var j = 0; j < Length(b); j++)
            {
                if (Stem(a, i) == Stem(b, j))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
