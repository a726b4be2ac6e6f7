using StatementBot.Commands.Catalog;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Verifying;

namespace StatementBot.Commands.Verify;

/// <summary>/verify — did they really say that? The closest real statements to a quote, word by word.</summary>
public sealed class VerifyCommand(QuoteVerifier verifier) : ICommandHandler
{
    public const string TextOption = OptionNames.Text;

    public static CommandDefinition Entry { get; } = new(
        "verify",
        "Did they really say that? The closest real statements to a quote, word by word",
        [
            new OptionDefinition(TextOption, $"The quote as you heard or read it ({ClaimWords})", Required: true,
                Example: "containing is an impossible task and they will end up lifting a rock to drop it on their feet"),
            CommonOptions.Speaker(OptionNames.Speaker, "Who it is attributed to (others are checked too when they did not say it)", required: false),
        ],
        "/verify text:\"containing is an impossible task and they will end up lifting a rock to drop it on their feet\" speaker:\"Wu Qian\"");

    /// <summary>How long a quote may be, for the option's description.</summary>
    public static string ClaimWords => $"{QuoteVerifier.MinWords}–{QuoteVerifier.MaxWords} words";

    public CommandDefinition Definition => Entry;

    public Reply Handle(CommandRequest request)
    {
        var result = verifier.Verify(request.Get(TextOption), request.Get(OptionNames.Speaker));
        return result.Error is { } error ? Reply.Error(error) : VerifyReply.Shape(result.Value!);
    }
}
