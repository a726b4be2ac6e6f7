namespace StatementBot.Discord.Components;

public enum ComponentActionKind
{
    /// <summary>Prev/Next: run the request for another page and replace the message.</summary>
    Page,

    /// <summary>"More context": run the /context command and answer with a new, private message.</summary>
    Context,

    /// <summary>"Export": every statement behind the result as a CSV file, in a new, private message.</summary>
    Export,

    /// <summary>The state behind the button is gone (restart, expiry, another instance): say so politely.</summary>
    Expired,

    /// <summary>Not a custom id this bot made.</summary>
    Unrecognized,
}
