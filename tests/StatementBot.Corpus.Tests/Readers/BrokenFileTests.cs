using System.IO.Compression;
using System.Text;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Tests.Readers;

/// <summary>PDF and Word files that cannot be read are skips with one short line each, never exceptions.</summary>
public sealed class BrokenFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-broken-" + Guid.NewGuid().ToString("N"));
    private readonly CorpusReader _reader = new();

    public BrokenFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_PdfThatNeedsAPassword_IsSkippedAsEncrypted()
    {
        var pdf = Encoding.Latin1.GetString(FictionalPdf());
        var owner = new string('A', 64);
        var user = new string('B', 64);
        var locked = pdf.Replace("trailer\n<<", $"trailer\n<</Encrypt <</Filter /Standard /V 1 /R 2 /O <{owner}> /U <{user}> /P -4 >> ", StringComparison.Ordinal);
        Assert.NotEqual(pdf, locked);

        Assert.Equal("encrypted PDF (it needs a password to be read)", Skip("locked.pdf", Encoding.Latin1.GetBytes(locked)));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("header only")]
    public void Read_BrokenPdf_IsSkippedWithOneLine(string kind)
    {
        var whole = FictionalPdf();
        byte[] bytes = kind switch
        {
            "garbage" => Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251)).ToArray(),
            "truncated" => whole[..(whole.Length / 3)],
            _ => Encoding.ASCII.GetBytes("%PDF-1.7\n"),
        };

        var reason = Skip("broken.pdf", bytes);

        Assert.True(reason.StartsWith("broken PDF", StringComparison.Ordinal) || reason.StartsWith("no text", StringComparison.Ordinal), reason);
        Assert.DoesNotContain('\n', reason);
        Assert.True(reason.Length <= 120, reason);
    }

    [Fact]
    public void Read_EncryptedOrOldWordFile_IsSkippedSayingSo()
    {
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]];

        Assert.Equal("a password-protected or old binary Word file (save it as .docx without a password)", Skip("locked.docx", compound));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("zip without a document")]
    public void Read_BrokenWordFile_IsSkippedWithOneLine(string kind)
    {
        var bytes = kind == "garbage" ? Encoding.UTF8.GetBytes("This is not a Word file at all.") : ZipWith("notes.txt", "Fictional notes.");

        var reason = Skip("broken.docx", bytes);

        Assert.True(reason.StartsWith("broken Word file", StringComparison.Ordinal) || reason.StartsWith("not a Word document", StringComparison.Ordinal), reason);
        Assert.DoesNotContain('\n', reason);
    }

    [Theory]
    [InlineData("big.pdf")]
    [InlineData("big.docx")]
    public void Read_FileOverTheSizeCap_IsSkippedUnread(string name)
    {
        var path = Path.Combine(_folder, name);
        using (var file = File.Create(path))
        {
            file.SetLength(CorpusReader.MaxFileBytes + 1L);
        }

        Assert.StartsWith("too large (8 MB", _reader.Read(path).Skipped!.Reason);
    }

    [Fact]
    public void Read_PdfOfFictionalText_IsADocument()
    {
        var document = _reader.Read(Write("fictional.pdf", FictionalPdf())).Document;

        Assert.NotNull(document);
        Assert.Equal("Ministry of Examples Briefing", document.Info.Title);
    }

    private static byte[] FictionalPdf()
    {
        var info = new DocumentInfo("fictional.txt", "Ministry of Examples Briefing", null, null, null);
        var document = new SourceDocument(info, DocumentFormat.PlainText, ["MS. EXAMPLE: Good afternoon, everyone.", "Q Is the fictional bridge open?", "MS. EXAMPLE: It opens on Monday."]);
        return GeneratedPdf.Of(document, "Ministry of Examples");
    }

    private static byte[] ZipWith(string name, string text)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(name).Open());
            entry.Write(text);
        }

        return stream.ToArray();
    }

    private string Skip(string name, byte[] bytes)
    {
        var result = _reader.Read(Write(name, bytes));
        Assert.True(result.Skipped is not null, $"{name} was read as a document");
        return result.Skipped.Reason;
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
