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
}
