using System.Net.Http.Headers;
using StatementBot.Discord.Messages;

namespace StatementBot.Discord.Rest;

/// <summary>
/// A message with files as Discord takes it (reference.mdx, "Uploading Files"): <c>multipart/form-data</c> with the
/// JSON body as the part <c>payload_json</c> and each file as <c>files[n]</c>, <c>n</c> being the id its entry in the
/// JSON's <c>attachments</c> carries, each with a <c>Content-Disposition</c> naming the part and the file.
/// </summary>
public static class MultipartBody
{
    public const string PayloadPart = "payload_json";

    public static string FilePart(int n) => $"files[{n}]";

    /// <summary>A new body each time: a retried request cannot resend content already sent.</summary>
    public static HttpContent Create(byte[] json, IReadOnlyList<MessageFile> files)
    {
        var body = new MultipartFormDataContent();
        var payload = new ByteArrayContent(json);
        payload.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        payload.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{PayloadPart}\"");
        body.Add(payload);
        for (var n = 0; n < files.Count; n++)
        {
            var part = new ByteArrayContent(files[n].Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(files[n].ContentType);
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{FilePart(n)}\"; filename=\"{Quoted(files[n].FileName)}\"");
            body.Add(part);
        }

        return body;
    }

    /// <summary>The file name inside its quotes: no quote, backslash or line break can end the header early.</summary>
    private static string Quoted(string fileName) =>
        new(fileName.Select(c => c is '"' or '\\' or '\r' or '\n' ? '_' : c).ToArray());
}
