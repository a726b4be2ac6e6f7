namespace StatementBot.Discord.Messages;

/// <summary>
/// Lays buttons out in action rows (Discord.Net's <c>ComponentBuilder</c> shape): a button goes to the row asked
/// for, or the next one with room; buttons past the last row are left out and counted in <see cref="Dropped"/>.
/// </summary>
public sealed class ComponentBuilder
{
    private readonly List<ButtonComponent>[] _rows =
        Enumerable.Range(0, DiscordLimits.ActionRowsPerMessage).Select(_ => new List<ButtonComponent>()).ToArray();

    public int Dropped { get; private set; }

    public ComponentBuilder WithButton(string label, string customId, ButtonStyle style = ButtonStyle.Secondary, bool disabled = false, int row = 0) =>
        Add(new ButtonComponent(style, label, customId, Disabled: disabled ? true : null), row);

    public ComponentBuilder WithLinkButton(string label, string url, int row = 0) =>
        Add(new ButtonComponent(ButtonStyle.Link, label, Url: url), row);

    /// <summary>The non-empty rows, in order; an empty list when there are no buttons.</summary>
    public IReadOnlyList<ActionRow> Build() =>
        _rows.Where(r => r.Count > 0).Select(r => new ActionRow(r.ToArray())).ToArray();

    private ComponentBuilder Add(ButtonComponent button, int row)
    {
        for (var i = Math.Max(0, row); i < _rows.Length; i++)
        {
            if (_rows[i].Count < DiscordLimits.ButtonsPerRow)
            {
                _rows[i].Add(button);
                return this;
            }
        }

        Dropped++;
        return this;
    }
}
