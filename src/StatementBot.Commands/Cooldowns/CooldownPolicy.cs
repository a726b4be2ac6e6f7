namespace StatementBot.Commands.Cooldowns;

/// <summary>How many heavy commands one caller may send in a row (<see cref="Burst"/>), and how fast the allowance comes back.</summary>
/// <param name="Refill">One more command is allowed after each such interval, up to <see cref="Burst"/>.</param>
public sealed record CooldownPolicy(int Burst, TimeSpan Refill)
{
    /// <summary>
    /// Six searches at once, then one every two seconds (30 a minute): paging through results by hand never meets it;
    /// a script or a held-down key does, and waits while everyone else is answered.
    /// </summary>
    public static CooldownPolicy Default { get; } = new(6, TimeSpan.FromSeconds(2));
}
