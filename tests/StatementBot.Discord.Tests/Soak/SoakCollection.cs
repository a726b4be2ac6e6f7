namespace StatementBot.Discord.Tests.Soak;

/// <summary>
/// The soak times a real host against the 3-second deadline, so it runs alone, after the parallel tests: sharing two
/// cores with every other gateway test at once would measure the machine, not the bot.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Discord fault soak";
}
