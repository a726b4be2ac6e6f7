using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Search.Building;

/// <summary>Which statements of a loaded corpus go into the index, and the names each speaker goes by.</summary>
internal static class Indexable
{
    public static bool Is(Statement statement) =>
        !string.IsNullOrWhiteSpace(statement.Text) && !string.IsNullOrWhiteSpace(statement.Speaker) && statement.Document is not null;

    /// <summary>The corpus's indexable statements, in reading order.</summary>
    public static Statement[] Statements(CorpusLoad load) => load.Documents.SelectMany(d => d.Statements).Where(Is).ToArray();

    /// <summary>The names a speaker goes by (whose words are never distinctive of them).</summary>
    public static IEnumerable<string> NamesOf(SpeakerRegistry registry, string name) =>
        registry.Resolve(name) is SpeakerResolution.Found found ? found.Speaker.Aliases.Prepend(found.Speaker.Name).Append(name) : [name];

    /// <summary>The offices a speaker held ("President"): the words of a title tell nothing of what they talked about.</summary>
    public static IEnumerable<string> OfficesOf(SpeakerRegistry registry, string name) =>
        registry.Resolve(name) is SpeakerResolution.Found found ? found.Speaker.Roles : [];

    /// <summary>
    /// The given names of the corpus's officials (speakers with an office and a full name): a colleague called on by
    /// name ("Karine", "Jake") is not a topic. Surnames stay: a president who talks of "Trump" talks of a subject.
    /// </summary>
    public static IEnumerable<string> People(SpeakerRegistry registry) =>
        registry.Speakers
            .Where(s => s.Roles.Count > 0)
            .Select(s => s.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(tokens => tokens.Length >= 2)
            .Select(tokens => tokens[0]);

    /// <summary>What distinctive words leave out, from the corpus's speaker registry.</summary>
    public static NameWords NameWordsOf(SpeakerRegistry registry) =>
        new(name => NamesOf(registry, name), name => OfficesOf(registry, name), People(registry));
}

/// <summary>
/// The words that are never a speaker's distinctive words: their own names, and — where the corpus writes the word
/// with a capital — their offices' words and the given names of the corpus's officials.
/// </summary>
internal sealed record NameWords(Func<string, IEnumerable<string>> NamesOf, Func<string, IEnumerable<string>> OfficesOf, IEnumerable<string> People);
