using System.Text.Json;
using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Attachments;

/// <summary>
/// Discord's rules for a message with files (reference.mdx, "Uploading Files"), checked on what the fake received: a
/// multipart body whose <c>payload_json</c> part is JSON, one <c>files[n]</c> part per file with a filename, every
/// <c>n</c> an id of the JSON's <c>attachments</c> with the same filename, at most 10 files of at most 10 MiB.
/// </summary>
public static class MultipartRules
{
    /// <param name="message">Where the attachments are in the JSON: the root (edits, follow-ups) or <c>data</c> (callbacks).</param>
    public static IReadOnlyList<string> Check(RecordedRequest request, Func<JsonElement, JsonElement> message)
    {
        var problems = new List<string>();
        if (request.Parts is not { } parts || request.ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) != true)
        {
            return ["not multipart/form-data"];
        }

        var payload = parts.Where(p => p.Name == "payload_json").ToArray();
        if (payload.Length != 1 || payload[0].ContentType != "application/json")
        {
            problems.Add("one payload_json part of type application/json is required");
            return problems;
        }

        var attachments = message(JsonDocument.Parse(payload[0].Content).RootElement).GetProperty("attachments").EnumerateArray()
            .ToDictionary(a => int.Parse(a.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture), a => a.GetProperty("filename").GetString());
        var files = parts.Where(p => p.Name != "payload_json").ToArray();
        if (files.Length > DiscordLimits.AttachmentsPerMessage)
        {
            problems.Add($"{files.Length} files");
        }

        foreach (var file in files)
        {
            if (!file.Name.StartsWith("files[", StringComparison.Ordinal) || !file.Name.EndsWith(']') ||
                !int.TryParse(file.Name["files[".Length..^1], out var n))
            {
                problems.Add($"a part named {file.Name}");
                continue;
            }

            if (string.IsNullOrEmpty(file.FileName))
            {
                problems.Add($"{file.Name} has no filename");
            }

            if (!attachments.TryGetValue(n, out var listed))
            {
                problems.Add($"{file.Name} has no attachments entry with id {n}");
            }
            else if (listed != file.FileName)
            {
                problems.Add($"{file.Name} is {file.FileName} but its attachments entry says {listed}");
            }

            if (file.Content.Length > DiscordLimits.AttachmentBytes)
            {
                problems.Add($"{file.Name} has {file.Content.Length} bytes");
            }
        }

        if (attachments.Count != files.Length)
        {
            problems.Add($"{attachments.Count} attachments listed for {files.Length} files");
        }

        return problems;
    }
}
