using System.Collections.Frozen;
using System.Reflection;

namespace StatementBot.Search.Analysis;

/// <summary>
/// How much a statement says, as a count of its content words: tokens of three letters or more that are neither
/// everyday words (<see cref="CommonWords"/>) nor conversational filler (<c>filler_words.txt</c>: greetings,
/// thanks, "go ahead", "mm-hmm"). "Go ahead, Jacqui." has one; an answer on tariffs has dozens. Thread-safe.
/// </summary>
internal static class ContentWords
{
    private const string ResourceName = "StatementBot.Search.Analysis.filler_words.txt";

    private static readonly FrozenSet<string> Filler = Load();

    public static int Count(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var count = 0;
        foreach (var token in TextTokenizer.Tokenize(text))
        {
            var word = token.Term.ToLowerInvariant();
            if (CommonWords.IsContentWord(word) && !Filler.Contains(word))
            {
                count++;
            }
        }
        return count;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The word list {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
