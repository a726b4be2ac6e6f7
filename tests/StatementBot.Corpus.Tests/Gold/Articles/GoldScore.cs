using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Tests.Gold.Articles;

/// <summary>
/// Scores extracted statements against the article gold, the way attribution is measured in the field:
/// recall over the labelled statements of named people (optional ones left out), precision over what was
/// extracted for people (a statement is right when a labelled statement of the same person shares its words),
/// traps taken, narrator lines inside statements, and organisations' words given to a person.
/// </summary>
internal sealed class GoldScore
{
    public int Labelled { get; private set; }
    public int Found { get; private set; }
    public int ExtractedForPeople { get; private set; }
    public int Right { get; private set; }
    public int ExtractedForOrganisations { get; private set; }
    public int OrganisationsRight { get; private set; }
    public List<string> Misses { get; } = [];
    public List<string> Wrong { get; } = [];
    public List<string> TrapsTaken { get; } = [];
    public List<string> NarratorLines { get; } = [];

    public double Recall => Labelled == 0 ? 1 : (double)Found / Labelled;
    public double Precision => ExtractedForPeople == 0 ? 1 : (double)Right / ExtractedForPeople;

    public void Add(ArticleGold gold, IReadOnlyList<Statement> statements)
    {
        var extracted = statements.Select(s => (Statement: s, Words: GoldMatch.Words(s.Text))).ToList();
        var labelled = gold.Statements.Select(g => (Gold: g, Words: GoldMatch.Words(g.Text))).ToList();
        var organisations = (gold.Organisations ?? []).Select(o => GoldMatch.Words(o.Text)).ToList();

        foreach (var (g, words) in labelled.Where(l => !l.Gold.Optional))
        {
            Labelled++;
            if (extracted.Any(e => !e.Statement.ByOrganisation && GoldMatch.SameSpeaker(e.Statement.Speaker, g.Names) && GoldMatch.SameText(e.Words, words)))
            {
                Found++;
            }
            else
            {
                var holder = extracted.FirstOrDefault(e => GoldMatch.SameText(e.Words, words)).Statement;
                Misses.Add($"{gold.File}: {g.Speaker} [{g.Kind}] \"{Short(g.Text)}\"" + (holder is null ? "" : $" — given to {holder.Speaker}"));
            }
        }

        foreach (var (s, words) in extracted)
        {
            if (s.ByOrganisation)
            {
                ExtractedForOrganisations++;
                if (organisations.Any(o => GoldMatch.SameText(words, o)) || labelled.Any(l => GoldMatch.SameText(words, l.Words)))
                {
                    OrganisationsRight++;
                }
            }
            else
            {
                ExtractedForPeople++;
                if (labelled.Any(l => GoldMatch.SameSpeaker(s.Speaker, l.Gold.Names) && GoldMatch.SameText(words, l.Words)))
                {
                    Right++;
                }
                else
                {
                    var owner = labelled.Where(l => GoldMatch.SameText(words, l.Words)).Select(l => l.Gold.Speaker).FirstOrDefault()
                        ?? (organisations.Any(o => GoldMatch.SameText(words, o)) ? "an organisation" : "nobody");
                    Wrong.Add($"{gold.File}: {s.Speaker} [{s.Kind.ToString().ToLowerInvariant()}] \"{Short(s.Text)}\" — labelled: {owner}");
                }
            }
            foreach (var trap in gold.Traps ?? [])
            {
                if (!s.ByOrganisation && GoldMatch.SameSpeaker(s.Speaker, [trap.NotSpeaker]) && GoldMatch.Contains(s.Text, trap.Text))
                {
                    TrapsTaken.Add($"{gold.File}: {s.Speaker} given \"{Short(trap.Text)}\" ({trap.Why})");
                }
            }
            foreach (var line in gold.Narrator ?? [])
            {
                if (GoldMatch.Contains(s.Text, line))
                {
                    NarratorLines.Add($"{gold.File}: {s.Speaker} given the narrator's \"{Short(line)}\"");
                }
            }
        }
    }

    private static string Short(string text) => text.Length <= 90 ? text : text[..87] + "...";
}
