using System.Collections.Frozen;
using System.Reflection;

namespace StatementBot.Corpus.Speakers.Words;

/// <summary>
/// The word lists speaker handling leans on, one embedded text file per list (<c>Speakers/Words/*.txt</c>): one
/// entry a line, <c>#</c> starts a comment, compared case-insensitively. Each list is read once.
/// </summary>
internal static class WordList
{
    /// <summary>"Grandfather", "Uncle": family words that are not given names ("My Grandfather Biden").</summary>
    public static FrozenSet<string> Relatives { get; } = Load("relatives.txt");

    /// <summary>Capitalised words for what a person does, written before a name but never a given name ("Reporter Won").</summary>
    public static FrozenSet<string> NotGivenNames { get; } = Load("not-given-names.txt");

    /// <summary>Words that mark a label as someone the document leaves unnamed ("Senior Administration Official", "White House Staff").</summary>
    public static FrozenSet<string> AnonymousWords { get; } = Load("anonymous-words.txt");

    /// <summary>Words in front of an office that say only where it is ("White House Press Secretary", "U.S. President").</summary>
    public static FrozenSet<string> OfficePlaces { get; } = Load("office-places.txt");

    /// <summary>Pairs "ending replacement": one spelling of a transliterated ending ("Zelenskyy", "Zelenskiy" as "Zelensky").</summary>
    public static IReadOnlyList<(string Ending, string Replacement)> SpellingEndings { get; } =
        Lines("spelling-endings.txt").Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries)).Select(p => (p[0], p[1])).ToArray();

    private static FrozenSet<string> Load(string file) => Lines(file).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static IReadOnlyList<string> Lines(string file) => EmbeddedLines.Read("Speakers.Words." + file);
}
