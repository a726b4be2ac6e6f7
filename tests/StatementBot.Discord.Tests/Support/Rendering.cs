using System.Text.Json;
using StatementBot.Commands.Replies;
using StatementBot.Discord.Components;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Rendering;
using StatementBot.Discord.Serialization;

namespace StatementBot.Discord.Tests.Support;

/// <summary>A renderer wired as in the host, and the JSON of what it renders.</summary>
public static class Rendering
{
    public static ReplyRenderer Renderer(PagingStateStore? store = null) =>
        new(new CustomIds(store ?? new PagingStateStore(TimeProvider.System)), FakeHandlers.Router());

    /// <summary>The message for <paramref name="reply"/> as the JSON body Discord would receive in a type-4 callback.</summary>
    public static JsonElement Render(Reply reply, ReplyRenderer? renderer = null)
    {
        var message = (renderer ?? Renderer()).Render(reply);
        return JsonDocument.Parse(DiscordJson.Serialize(new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, message))).RootElement;
    }
}
