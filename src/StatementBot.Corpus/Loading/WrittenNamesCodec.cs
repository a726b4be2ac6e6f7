using StatementBot.Corpus.Attribution.Transcripts;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Loading;

/// <summary>The names a kept document's text writes (<see cref="WrittenNames"/>), in <see cref="ExtractedFileCodec"/>'s layout.</summary>
internal static class WrittenNamesCodec
{
    public static void Write(BinaryWriter writer, WrittenNames names)
    {
        writer.Write(names.Parts.Count);
        foreach (var part in names.Parts)
        {
            writer.Write(part.Path);
            ExtractedFileCodec.WriteOptional(writer, part.Source);
            Write(writer, part.Title);
            Write(writer, part.Text);
        }
    }

    public static WrittenNames Read(BinaryReader reader)
    {
        var parts = new WrittenNames.Part[reader.ReadInt32()];
        for (var i = 0; i < parts.Length; i++)
        {
            var path = reader.ReadString();
            var source = ExtractedFileCodec.ReadOptional(reader);
            parts[i] = new WrittenNames.Part(path, source, ReadNames(reader), ReadNames(reader));
        }

        return new WrittenNames(parts);
    }

    private static void Write(BinaryWriter writer, IReadOnlyList<WrittenNames.Name> names)
    {
        writer.Write(names.Count);
        foreach (var name in names)
        {
            writer.Write(name.Mention.NameTokens.Count);
            foreach (var token in name.Mention.NameTokens)
            {
                writer.Write(token);
            }

            ExtractedFileCodec.WriteOptional(writer, name.Mention.Role);
            writer.Write(name.Surname);
        }
    }

    private static WrittenNames.Name[] ReadNames(BinaryReader reader)
    {
        var names = new WrittenNames.Name[reader.ReadInt32()];
        for (var i = 0; i < names.Length; i++)
        {
            var tokens = new string[reader.ReadInt32()];
            for (var t = 0; t < tokens.Length; t++)
            {
                tokens[t] = reader.ReadString();
            }

            var role = ExtractedFileCodec.ReadOptional(reader);
            names[i] = new WrittenNames.Name(new NameMention(tokens, role), reader.ReadString());
        }

        return names;
    }
}
