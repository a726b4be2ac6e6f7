using System.Text;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Loading;

/// <summary>
/// Writes the files a corpus folder should never hold but sometimes does, each generated here (nothing is checked in):
/// binary data, text in the wrong encoding, pages nested absurdly deep, a paragraph that lost its line breaks.
/// </summary>
internal sealed class BadFiles(string folder)
{
    /// <summary>The first seed document (Wu Qian's press conference), the good file every bad corpus also holds.</summary>
    public const string Seed = "000_dc5d1ebfafa3b868.txt";

    public static string SeedText => File.ReadAllText(Path.Combine(SharedData.DefaultCorpus, Seed));

    public string Folder { get; } = folder;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string CopySeed(string name = Seed) => Write(name, File.ReadAllBytes(Path.Combine(SharedData.DefaultCorpus, Seed)));

    /// <summary>The seed's text in <paramref name="encoding"/>, its byte-order mark first.</summary>
    public string SeedIn(string name, Encoding encoding) => Write(name, [.. encoding.GetPreamble(), .. encoding.GetBytes(SeedText)]);

    /// <summary>Random bytes from a seeded source; with <paramref name="withNul"/> false, none of them is 0.</summary>
    public string Random(string name, int length, bool withNul)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        if (!withNul)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
            }
        }

        return Write(name, bytes);
    }

    /// <summary>A page whose article holds <paramref name="depth"/> nested, never closed <c>div</c>s around one turn.</summary>
    public string NestedHtml(string name, int depth) =>
        Write(name, "<html><head><title>Briefing by the fictional Ministry of Examples</title></head><body><div class=\"content\">"
            + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>SPOKESPERSON QUILL: The lanterns are lit.</p></body></html>");

    /// <summary>A plain-text page whose body is one paragraph of at least <paramref name="characters"/> characters.</summary>
    public string OneParagraph(string name, int characters)
    {
        var text = new StringBuilder("Briefing by the fictional Ministry of Examples\n\n");
        for (var i = 0; text.Length < characters + 50; i++)
        {
            text.Append("SPOKESPERSON QUILL: Lantern ").Append(i).Append(" is lit. ");
        }

        return Write(name, text.ToString());
    }

    /// <summary>A file of <paramref name="megabytes"/> MB of real text (the seed over and over), written in chunks.</summary>
    public string Large(string name, int megabytes)
    {
        var path = Path.Combine(Folder, name);
        var chunk = new byte[1024 * 1024];
        var seed = Encoding.UTF8.GetBytes(SeedText);
        for (var i = 0; i < chunk.Length; i++)
        {
            chunk[i] = seed[i % seed.Length];
        }

        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        for (var i = 0; i < megabytes; i++)
        {
            stream.Write(chunk);
        }

        return path;
    }
}
