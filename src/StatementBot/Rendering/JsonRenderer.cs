using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StatementBot.Commands.Replies;

namespace StatementBot.Rendering;

/// <summary>Writes a reply's stable JSON shape (snake_case), one object per call.</summary>
public static class JsonRenderer
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Serialize(object value, bool indented = true) =>
        JsonSerializer.Serialize(value, value.GetType(), indented ? Indented : Options);

    public static string Serialize(Reply reply, bool indented = true) => Serialize(reply.Data, indented);
}
