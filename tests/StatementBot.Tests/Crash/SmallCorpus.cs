using StatementBot.TestSupport;

namespace StatementBot.Tests.Crash;

/// <summary>
/// A corpus small enough to rebuild in a couple of seconds, copied at run time into a temporary folder: the two seeds
/// and the first few documents of each shared corpus (HTML, Markdown and plain text), plus one more file that can be
/// added or taken away to make the index out of date.
/// </summary>
public sealed class SmallCorpus : IDisposable
{
    private const int PerCorpus = 4;

    private static readonly string[] Sources = ["china-mfa", Path.Combine("wh-briefings", "press-briefings", "2023-05"), "wikinews"];

    private readonly string _extraSource;

    public SmallCorpus()
    {
        Root = Directory.CreateTempSubdirectory("statementbot-crash-").FullName;
        Folder = Directory.CreateDirectory(Path.Combine(Root, "corpus")).FullName;
        foreach (var seed in Directory.GetFiles(SharedData.DefaultCorpus))
        {
            File.Copy(seed, Path.Combine(Folder, Path.GetFileName(seed)));
        }

        foreach (var source in Sources)
        {
            foreach (var file in DocumentsIn(source).Take(PerCorpus))
            {
                File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
            }
        }

        _extraSource = DocumentsIn("wikinews").Skip(PerCorpus).First();
    }

    public string Root { get; }

    public string Folder { get; }

    public string IndexFolder(string name) => Path.Combine(Root, name);

    private string Extra => Path.Combine(Folder, Path.GetFileName(_extraSource));

    public bool HasExtra => File.Exists(Extra);

    /// <summary>Adds the extra document if it is not there, takes it away if it is: the index is then out of date.</summary>
    public void ToggleExtra()
    {
        if (HasExtra)
        {
            File.Delete(Extra);
        }
        else
        {
            File.Copy(_extraSource, Extra);
        }
    }

    private static IEnumerable<string> DocumentsIn(string source) =>
        Directory.GetFiles(SharedData.SharedPath("corpora", source))
            .Where(f => !Path.GetFileName(f).Equals("index.csv", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
