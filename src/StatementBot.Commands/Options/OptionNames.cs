namespace StatementBot.Commands.Options;

/// <summary>
/// Every option name the commands declare and read, in one place: a name declared in the catalog and read by its
/// handler is the same constant, so a rename cannot leave one side behind. Discord wants them lowercase, 1–32 characters.
/// </summary>
public static class OptionNames
{
    public const string Query = "query";
    public const string Speaker = "speaker";
    public const string From = DateRange.From;
    public const string To = DateRange.To;
    public const string Sort = "sort";
    public const string Page = "page";
    public const string About = "about";
    public const string Name = "name";
    public const string A = "a";
    public const string B = "b";
    public const string Text = "text";
    public const string Id = "id";
    public const string Filter = "filter";
    public const string Command = "command";
    public const string In = ScopeOption.Name;
    public const string Kind = FilterOptions.Kind;
    public const string Source = FilterOptions.Source;
    public const string Role = FilterOptions.Role;
}
