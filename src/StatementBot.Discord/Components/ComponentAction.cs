using StatementBot.Commands.Routing;

namespace StatementBot.Discord.Components;

/// <summary>What a pressed button asks for, decoded from its custom id.</summary>
public sealed record ComponentAction(ComponentActionKind Kind, CommandRequest? Request = null)
{
    public static ComponentAction Expired { get; } = new(ComponentActionKind.Expired);

    public static ComponentAction Unrecognized { get; } = new(ComponentActionKind.Unrecognized);
}
