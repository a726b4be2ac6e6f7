namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Whether two full names with the same surname are one person's: the same given name or a common short form of
/// it ("Joe" for "Joseph", "Liz" for "Elizabeth", "Tony" for "Anthony"), with middle initials ("Joseph R. Biden",
/// "Vivek H. Murthy") not counted.
/// </summary>
internal static class GivenNames
{
    private static readonly string[][] ShortForms =
    [
        ["joseph", "joe", "joey"], ["anthony", "tony"], ["douglas", "doug"], ["elizabeth", "liz", "beth", "betsy", "liza"],
        ["william", "bill", "billy", "will"], ["robert", "bob", "bobby", "rob"], ["james", "jim", "jimmy"],
        ["michael", "mike"], ["thomas", "tom", "tommy"], ["richard", "rick", "dick"], ["christopher", "chris"],
        ["daniel", "dan", "danny"], ["david", "dave"], ["stephen", "steve"], ["steven", "steve"], ["edward", "ed", "ted"],
        ["jennifer", "jen", "jenny"], ["katherine", "kate", "katie", "kathy"], ["catherine", "kate", "cathy"],
        ["peter", "pete"], ["andrew", "andy"], ["nicholas", "nick"], ["matthew", "matt"], ["benjamin", "ben"],
        ["samuel", "sam"], ["alexander", "alex"], ["gregory", "greg"], ["jeffrey", "jeff"], ["timothy", "tim"],
        ["patrick", "pat"], ["patricia", "pat", "patty"], ["susan", "sue"], ["charles", "chuck", "charlie"],
        ["ronald", "ron"], ["donald", "don"], ["lawrence", "larry"], ["gerald", "gerry", "jerry"], ["deborah", "deb", "debbie"],
        ["margaret", "meg", "peggy"], ["victoria", "vicky"], ["frederick", "fred"], ["kenneth", "ken"], ["zachary", "zach"],
    ];

    private static readonly Dictionary<string, HashSet<string>> Forms = BuildForms();

    /// <summary>True when the folded name tokens differ at most by a short given name and middle initials.</summary>
    public static bool SamePerson(string[] a, string[] b)
    {
        var x = WithoutMiddleInitials(a);
        var y = WithoutMiddleInitials(b);
        if (x.Length != y.Length || x.Length < 2 || !x.AsSpan(1).SequenceEqual(y.AsSpan(1)))
        {
            return false;
        }
        return x[0] == y[0] || (Forms.TryGetValue(x[0], out var forms) && forms.Contains(y[0]));
    }

    private static string[] WithoutMiddleInitials(string[] tokens) =>
        tokens.Where((t, i) => i == 0 || i == tokens.Length - 1 || t.TrimEnd('.').Length > 1).ToArray();

    private static Dictionary<string, HashSet<string>> BuildForms()
    {
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var set in ShortForms)
        {
            foreach (var name in set)
            {
                if (!forms.TryGetValue(name, out var known))
                {
                    forms[name] = known = new HashSet<string>(StringComparer.Ordinal);
                }
                // A short form matches its full name and the full name matches each short form; two short forms
                // of different names ("Pat" of Patrick and Patricia) are not joined through them.
                if (name == set[0])
                {
                    known.UnionWith(set.Skip(1));
                }
                else
                {
                    known.Add(set[0]);
                }
            }
        }
        return forms;
    }
}
