namespace StatementBot.Commands.Catalog;

/// <summary>The kinds of option value the commands take (a subset of Discord's option types).</summary>
public enum OptionType
{
    String,
    Integer,
    Boolean,
}
