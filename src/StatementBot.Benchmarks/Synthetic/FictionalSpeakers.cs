using StatementBot.Corpus.Speakers;

namespace StatementBot.Benchmarks.Synthetic;

/// <summary>
/// Spokespeople who do not exist, of ministries that do not exist ("Ada Quill, Spokesperson of the fictional Ministry
/// of Examples"): the only people synthetic statements are ever attributed to.
/// </summary>
public static class FictionalSpeakers
{
    private static readonly string[] Given =
    [
        "Ada", "Bram", "Cora", "Dov", "Elna", "Fenn", "Gala", "Hugo", "Ines", "Jory", "Kael", "Lumi", "Mira", "Nils",
        "Oona", "Pim", "Quin", "Rhea", "Sten", "Tova", "Ulla", "Vik", "Wren", "Xan", "Yara", "Zeb", "Alba", "Boris",
        "Cleo", "Dara", "Edda", "Finn",
    ];

    private static readonly string[] Family =
    [
        "Quill", "Tallow", "Vantage", "Marrow", "Pebble", "Fathom", "Lantern", "Gossamer", "Thimble", "Crumpet",
        "Wicket", "Bramble", "Sorrel", "Parsnip", "Kettle", "Mortar", "Ledger", "Spindle", "Copperleaf", "Dapple",
        "Farthing", "Gimlet", "Hollyhock", "Inkwell", "Juniper", "Knapsack", "Lintel", "Muffin", "Nutmeg", "Oriel",
        "Quillon", "Rivet",
    ];

    private static readonly string[] Bodies =
    [
        "Ministry of Examples", "Bureau of Imaginary Affairs", "Office of Placeholder Policy", "Department of Sample Data",
        "Agency for Hypothetical Trade", "Council of Invented Harbours", "Ministry of Made-Up Weather",
        "Secretariat of Fictional Borders",
    ];

    /// <summary>The first <paramref name="count"/> fictional speakers (at most 1,024), always the same for a count.</summary>
    public static IReadOnlyList<SpeakerEntry> Create(int count)
    {
        var speakers = new List<SpeakerEntry>(count);
        for (var i = 0; i < Math.Min(count, Given.Length * Family.Length); i++)
        {
            // Stepping through family names at a stride coprime with their count pairs each given name with many.
            var given = Given[i % Given.Length];
            var family = Family[(i / Given.Length + i * 7) % Family.Length];
            var body = Bodies[i % Bodies.Length];
            speakers.Add(new SpeakerEntry($"{given} {family}", [], [$"Spokesperson of the fictional {body}"]));
        }

        return speakers.DistinctBy(s => s.Name).ToArray();
    }

    /// <summary>The fictional body a speaker's role names, for document titles.</summary>
    public static string BodyOf(SpeakerEntry speaker) =>
        speaker.Roles.Count > 0 && speaker.Roles[0].IndexOf("the fictional ", StringComparison.Ordinal) is var at and >= 0
            ? speaker.Roles[0][(at + "the fictional ".Length)..]
            : "Ministry of Examples";
}
