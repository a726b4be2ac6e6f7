namespace StatementBot.Discord.Messages;

/// <summary>Builds an <see cref="Embed"/> step by step (Discord.Net's <c>EmbedBuilder</c> shape).</summary>
public sealed class EmbedBuilder
{
    private readonly List<EmbedField> _fields = [];
    private string? _title;
    private string? _description;
    private string? _url;
    private int? _color;
    private EmbedAuthor? _author;
    private EmbedFooter? _footer;
    private EmbedImage? _image;

    public int FieldCount => _fields.Count;

    public EmbedBuilder WithTitle(string? title)
    {
        _title = Blank(title);
        return this;
    }

    public EmbedBuilder WithDescription(string? description)
    {
        _description = Blank(description);
        return this;
    }

    public EmbedBuilder WithUrl(string? url)
    {
        _url = Blank(url);
        return this;
    }

    /// <summary>An RGB colour, 0x000000–0xFFFFFF.</summary>
    public EmbedBuilder WithColor(int rgb)
    {
        _color = Math.Clamp(rgb, 0, 0xFFFFFF);
        return this;
    }

    public EmbedBuilder WithAuthor(string? name, string? url = null)
    {
        _author = Blank(name) is { } n ? new EmbedAuthor(n, Blank(url)) : null;
        return this;
    }

    public EmbedBuilder WithFooter(string? text)
    {
        _footer = Blank(text) is { } t ? new EmbedFooter(t) : null;
        return this;
    }

    public EmbedBuilder WithImage(string? url)
    {
        _image = Blank(url) is { } u ? new EmbedImage(u) : null;
        return this;
    }

    /// <summary>Adds a field; one with a blank name or value is skipped, since Discord rejects it.</summary>
    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        if (Blank(name) is { } n && Blank(value) is { } v)
        {
            _fields.Add(new EmbedField(n, v, inline ? true : null));
        }

        return this;
    }

    public Embed Build() => new()
    {
        Title = _title,
        Description = _description,
        Url = _url,
        Color = _color,
        Author = _author,
        Footer = _footer,
        Fields = _fields.Count == 0 ? null : _fields.ToArray(),
        Image = _image,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
