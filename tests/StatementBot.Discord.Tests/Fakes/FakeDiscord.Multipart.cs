using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>
/// The fake Discord's reading of request bodies: JSON as text, and multipart/form-data (a message with files) as its
/// parts, byte for byte, with the <c>payload_json</c> part standing as the body so tests read its JSON as for any request.
/// </summary>
public sealed partial class FakeDiscord
{
    private static async Task<(string Body, IReadOnlyList<RecordedPart>? Parts)> ReadBodyAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            return (await reader.ReadToEndAsync(), null);
        }

        var parts = new List<RecordedPart>();
        var multipart = new MultipartReader(HeaderUtilities.RemoveQuotes(type.Boundary).Value!, request.Body);
        while (await multipart.ReadNextSectionAsync() is { } section)
        {
            using var bytes = new MemoryStream();
            await section.Body.CopyToAsync(bytes);
            ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition);
            parts.Add(new RecordedPart(
                HeaderUtilities.RemoveQuotes(disposition?.Name ?? default).Value ?? "",
                disposition?.FileName.HasValue == true ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : null,
                section.ContentType,
                section.ContentDisposition ?? "",
                bytes.ToArray()));
        }

        var payload = parts.FirstOrDefault(p => p.Name == "payload_json");
        return (payload is null ? "" : Encoding.UTF8.GetString(payload.Content), parts);
    }
}
