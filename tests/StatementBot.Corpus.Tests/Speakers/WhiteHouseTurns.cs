using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Speakers;

/// <summary>
/// Real turns from the White House transcripts, found by their speaker label ("MS. JEAN-PIERRE:"), so registry
/// tests use words the person actually said under the name the transcript gives.
/// </summary>
internal static class WhiteHouseTurns
{
    private static readonly Dictionary<string, List<string>> Cache = [];

    /// <summary>The <paramref name="index"/>-th turn (first line, verbatim) labelled <paramref name="label"/>.</summary>
    public static string Turn(string label, int index = 0)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(label, out var turns))
            {
                turns = [];
                var root = Path.Combine(SharedData.Corpora, "wh-briefings");
                foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    foreach (var line in File.ReadLines(file))
                    {
                        if (line.StartsWith(label + ":", StringComparison.Ordinal) && line.Length > label.Length + 40)
                        {
                            turns.Add(line[(label.Length + 1)..].Trim());
                            if (turns.Count > 3)
                            {
                                break;
                            }
                        }
                    }
                    if (turns.Count > 3)
                    {
                        break;
                    }
                }
                Cache[label] = turns;
            }
            Assert.True(turns.Count > index, $"no turn labelled {label} in the White House transcripts");
            return turns[index];
        }
    }
}
