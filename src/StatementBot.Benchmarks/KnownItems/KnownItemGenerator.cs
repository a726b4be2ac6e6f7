using StatementBot.Corpus.Reading;

namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// Makes a known-item set from the corpus files, the same one for the same files and seed: per corpus part a share of
/// the items, documents taken year by year in turn (shuffled within a year), one unit per document (see
/// <see cref="KnownItemUnits"/>), and from it a query of its 3–5 rarest words (fewest paragraphs in the whole corpus;
/// at most one of them a name, no numbers) and a fragment of ten of its words that appears once in its file.
/// A unit whose text appears in another file too (a document posted twice) is never used: its item would be ambiguous.
/// </summary>
public sealed class KnownItemGenerator(int seed = KnownItemGenerator.DefaultSeed)
{
    public const int DefaultSeed = 7;
    public const int DefaultCount = 200;
    public const int QueryWords = 4;
    public const int FragmentWords = 10;

    /// <summary>Each corpus part's share of the items; parts not named here (the seed pages) give none.</summary>
    public static IReadOnlyDictionary<string, double> Shares { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["wh-briefings/press-briefings"] = 0.30,
        ["wh-briefings/speeches-remarks"] = 0.25,
        ["china-mfa"] = 0.28,
        ["wikinews"] = 0.17,
    };

    public IReadOnlyList<KnownItem> Generate(string corpusRoot, int count = DefaultCount)
    {
        var documents = Read(corpusRoot);
        var statistics = WordStatistics.Of(documents.SelectMany(d => d.Document.Paragraphs));
        var repeated = RepeatedUnits(documents);
        var random = new Random(seed);
        var items = new List<KnownItem>();
        var left = count;
        var parts = Shares.Keys.ToArray();
        for (var p = 0; p < parts.Length; p++)
        {
            var quota = p == parts.Length - 1 ? left : (int)Math.Round(count * Shares[parts[p]]);
            var made = Sample(documents.Where(d => d.Part == parts[p]), quota, statistics, repeated, random);
            items.AddRange(made);
            left -= made.Count;
        }

        return items;
    }

    private List<KnownItem> Sample(IEnumerable<SampledDocument> documents, int quota, WordStatistics statistics, HashSet<string> repeated, Random random)
    {
        var years = documents.GroupBy(d => d.Year).OrderBy(g => g.Key)
            .Select(g => new Queue<SampledDocument>(Shuffle(g.OrderBy(d => d.Path, StringComparer.Ordinal).ToArray(), random)))
            .ToList();
        var items = new List<KnownItem>();
        while (items.Count < quota && years.Any(y => y.Count > 0))
        {
            foreach (var year in years.Where(y => y.Count > 0))
            {
                if (items.Count == quota)
                {
                    break;
                }

                var document = year.Dequeue();
                var units = Shuffle(KnownItemUnits.Of(document.Document).ToArray(), random);
                var whole = KnownItemText.Normalize(string.Join(' ', document.Document.Paragraphs));
                foreach (var unit in units.Where(u => !repeated.Contains(KnownItemText.Normalize(u))))
                {
                    if (Item(document.Path, unit, whole, statistics) is { } item)
                    {
                        items.Add(item);
                        break;
                    }
                }
            }
        }

        return items;
    }

    private static KnownItem? Item(string path, string unit, string wholeDocument, WordStatistics statistics)
    {
        var words = KnownItemWords.Split(unit);
        var candidates = words
            .Select((raw, i) => (Word: KnownItemWords.QueryWord(raw), Position: i))
            .Where(c => c.Word is not null)
            .GroupBy(c => c.Word!, StringComparer.Ordinal)
            .Select(g => (Word: g.Key, Position: g.First().Position, Frequency: statistics.Frequency(g.Key), Name: statistics.IsName(g.Key)))
            .OrderBy(c => c.Frequency)
            .ThenBy(c => c.Position)
            .ToList();
        var chosen = new List<(string Word, int Position, int Frequency, bool Name)>();
        foreach (var candidate in candidates)
        {
            if (chosen.Count == QueryWords)
            {
                break;
            }

            if (!candidate.Name || !chosen.Any(c => c.Name))
            {
                chosen.Add(candidate);
            }
        }

        if (chosen.Count < 3 || Fragment(words, wholeDocument) is not { } fragment)
        {
            return null;
        }

        var query = string.Join(' ', chosen.OrderBy(c => c.Position).Select(c => c.Word));
        return new KnownItem(0, path, fragment, query);
    }

    /// <summary>Ten consecutive words from a third of the way in, clear of brackets and quotation marks, found once in the file.</summary>
    private static string? Fragment(string[] words, string wholeDocument)
    {
        var length = Math.Min(FragmentWords, words.Length);
        for (var start = words.Length / 3; start + length <= words.Length; start++)
        {
            var window = words.AsSpan(start, length).ToArray();
            if (window.Any(w => w.AsSpan().IndexOfAny("()[]\"“”…".AsSpan()) >= 0))
            {
                continue;
            }

            var fragment = string.Join(' ', window);
            var normalized = KnownItemText.Normalize(fragment);
            var first = wholeDocument.IndexOf(normalized, StringComparison.Ordinal);
            if (first >= 0 && wholeDocument.IndexOf(normalized, first + 1, StringComparison.Ordinal) < 0)
            {
                return fragment;
            }
        }

        return null;
    }

    private static HashSet<string> RepeatedUnits(IEnumerable<SampledDocument> documents)
    {
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var unit in KnownItemUnits.Of(document.Document).Select(KnownItemText.Normalize).Distinct())
            {
                files[unit] = files.GetValueOrDefault(unit) + 1;
            }
        }

        return files.Where(f => f.Value > 1).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static SampledDocument[] Read(string corpusRoot)
    {
        var reader = new CorpusReader();
        var files = CorpusReader.EnumerateFiles([corpusRoot]);
        var read = new SampledDocument?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            if (reader.Read(files[i]).Document is { } document)
            {
                var relative = Path.GetRelativePath(corpusRoot, files[i]).Replace('\\', '/');
                read[i] = new SampledDocument(relative, PartOf(relative), document.Info.Date?.Year ?? 0, document);
            }
        });
        return read.OfType<SampledDocument>().ToArray();
    }

    private static string PartOf(string relative)
    {
        var folders = relative.Split('/');
        return folders.Length > 2 && Shares.ContainsKey(folders[0] + "/" + folders[1]) ? folders[0] + "/" + folders[1] : folders[0];
    }

    private static T[] Shuffle<T>(T[] items, Random random)
    {
        random.Shuffle(items);
        return items;
    }
}
