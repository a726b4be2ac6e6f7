using System.Text;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// Writes an extracted document (metadata, statements, fingerprint, the names its text writes) as compact binary and
/// reads it back equal, so an update reads a kept file in a fraction of the time reading and attributing its source
/// takes. The paragraphs are not kept: nothing after extraction reads them. Skips are never written (a file that failed
/// is tried again).
/// </summary>
public static class ExtractedFileCodec
{
    /// <summary>Bumped whenever the layout below changes; an entry of another version is not read.</summary>
    private const int Version = 3;

    /// <summary>True when <paramref name="stream"/> starts as an entry of this layout does (a kept entry of another is written again).</summary>
    public static bool IsCurrent(Stream stream)
    {
        Span<byte> start = stackalloc byte[sizeof(int)];
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length
            && System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(start) == Version;
    }

    public static void Write(Stream stream, ExtractedFile file)
    {
        var document = file.Document ?? throw new ArgumentException("Only files that gave a document are kept.", nameof(file));
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Version);
        writer.Write(file.Path);
        writer.Write(file.Bytes);
        WriteOptional(writer, file.Fingerprint);
        var info = document.Document.Info;
        writer.Write(info.Path);
        writer.Write(info.Title);
        writer.Write(info.Date is { } date ? date.DayNumber : -1);
        WriteOptional(writer, info.Source);
        WriteOptional(writer, info.Url);
        // The format as its name and what attribution reads of it: readers declare their own formats, so there is no number.
        writer.Write(document.Document.Format.Name);
        writer.Write(document.Document.Format.TitledSpeechIsTranscript);
        writer.Write(document.Statements.Count);
        foreach (var statement in document.Statements)
        {
            writer.Write(statement.Speaker);
            WriteOptional(writer, statement.Role);
            writer.Write((int)statement.Kind);
            writer.Write(statement.Text);
            WriteOptional(writer, statement.Question);
            writer.Write(statement.Position);
            writer.Write(statement.ByOrganisation);
        }

        WrittenNamesCodec.Write(writer, file.Names ?? WrittenNames.Of(document.Statements));
    }

    /// <summary>The file as written, or null when the bytes are of another version or cut short.</summary>
    public static ExtractedFile? Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadInt32() != Version)
            {
                return null;
            }

            var path = reader.ReadString();
            var bytes = reader.ReadInt64();
            var fingerprint = ReadOptional(reader);
            var infoPath = reader.ReadString();
            var title = reader.ReadString();
            var day = reader.ReadInt32();
            var info = new DocumentInfo(infoPath, title, day < 0 ? null : DateOnly.FromDayNumber(day), ReadOptional(reader), ReadOptional(reader));
            var format = new DocumentFormat(reader.ReadString(), reader.ReadBoolean());
            var statements = new Statement[reader.ReadInt32()];
            for (var i = 0; i < statements.Length; i++)
            {
                var speaker = reader.ReadString();
                var role = ReadOptional(reader);
                var kind = (StatementKind)reader.ReadInt32();
                var text = reader.ReadString();
                var question = ReadOptional(reader);
                statements[i] = new Statement(speaker, role, kind, text, question, info, reader.ReadInt32(), reader.ReadBoolean());
            }

            var document = new ExtractedDocument(new SourceDocument(info, format, []), statements);
            return new ExtractedFile(path, document, null, bytes, fingerprint) { Names = WrittenNamesCodec.Read(reader) };
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    internal static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    internal static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
