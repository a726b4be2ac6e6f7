using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Turns a transcript's capitalised labels into the names and roles the document itself gives: the title first,
/// then the prose in order. <c>MS. JEAN-PIERRE</c> in "Press Briefing by Press Secretary Karine Jean-Pierre" is
/// Karine Jean-Pierre, Press Secretary; <c>THE PRESIDENT</c> in "Remarks by President Biden" is Biden, President
/// (or the full name where the document writes "President Joe Biden"). Without any full name the label's own
/// surname is used, spelled as the document spells it. Anonymous roles ("Senior Administration Official") stay
/// anonymous.
/// </summary>
internal sealed class DocumentSpeakers
{
    private static readonly HashSet<string> SmallTitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "after", "before",
    };

    private readonly string[] _texts;
    private readonly int _leadCount;
    private readonly Dictionary<string, SpeakerRef> _resolved = new(StringComparer.Ordinal);

    public DocumentSpeakers(SourceDocument document)
    {
        _texts = [TitleForNames(document.Info.Title), .. document.Paragraphs];
        var firstQuestion = document.Paragraphs.ToList().FindIndex(p => WhiteHouseTranscript.Question(p) is not null);
        _leadCount = 1 + (firstQuestion < 0 ? document.Paragraphs.Count : firstQuestion);
    }

    public SpeakerRef Resolve(TurnLabel label)
    {
        if (!_resolved.TryGetValue(label.Raw, out var speaker))
        {
            speaker = label is { Kind: TurnLabelKind.Person, Name: { } surname } ? ResolvePerson(surname, label.Role) : ResolveRole(label.Role ?? label.Raw);
            _resolved[label.Raw] = speaker;
        }

        return speaker;
    }

    /// <summary>The speaker the title names ("Remarks by Vice President Harris ..."), completed from the text where it can be.</summary>
    public SpeakerRef? FromTitle()
    {
        if (ProseNames.InTitle(_texts[0]) is not { } mention)
        {
            return null;
        }

        if (mention.NameTokens.Count == 0)
        {
            return mention.Role is { } role ? ResolveRole(role) : null;
        }

        var name = mention.NameTokens.Count == 1 && mention.Role is { } titleRole ? FullNameAfterRole(titleRole, mention.Name) ?? mention.Name : mention.Name;
        return new SpeakerRef(name, mention.Role);
    }

    private SpeakerRef ResolveRole(string role)
    {
        if (IsAnonymous(role))
        {
            return new SpeakerRef(role, null);
        }

        var mention = ProseNames.AfterRole(_texts, role).FirstOrDefault();
        if (mention is null)
        {
            return new SpeakerRef(role, role);
        }

        var name = mention.NameTokens.Count == 1 ? FullNameAfterRole(role, mention.Name) ?? mention.Name : mention.Name;
        return new SpeakerRef(name, role);
    }

    /// <summary>"President Joe Biden" somewhere in the document, when only "President Biden" was found first.</summary>
    private string? FullNameAfterRole(string role, string surname) =>
        ProseNames.AfterRole(_texts, role)
            .FirstOrDefault(m => m.NameTokens.Count > 1 && string.Equals(m.NameTokens[^1], surname, StringComparison.OrdinalIgnoreCase))
            ?.Name;

    /// <summary>
    /// A label with a title (<c>SECRETARY MAYORKAS</c>) takes a full name written with that title anywhere
    /// ("Secretary of Homeland Security Alejandro Mayorkas"); a rank (<c>ADMIRAL KIRBY</c>) also takes the full name
    /// the title and opening give; a label with only Mr./Ms./Dr. takes the first full name with that surname.
    /// "My son Beau Biden" is never the President.
    /// </summary>
    private SpeakerRef ResolvePerson(string surname, string? labelRole)
    {
        var surnameTokens = surname.Split(' ').Length;
        var mentions = ProseNames.WithSurname(_texts, surname)
            .Select(m => (Lead: m.Text < _leadCount, m.Mention))
            .ToList();
        var full = mentions.Where(m => m.Mention.NameTokens.Count > surnameTokens).ToList();
        var chosen = labelRole is null
            ? full.FirstOrDefault().Mention
            : full.FirstOrDefault(m => HasRoleWords(m.Mention.Role, labelRole)).Mention
                ?? (RoleWords.IsRank(labelRole) ? full.FirstOrDefault(m => m.Lead).Mention : null);

        if (chosen is not null)
        {
            var role = chosen.Role
                ?? full.Select(m => m.Mention).FirstOrDefault(m => m.Role is not null && string.Equals(m.Name, chosen.Name, StringComparison.OrdinalIgnoreCase))?.Role
                ?? labelRole;
            return new SpeakerRef(chosen.Name, role);
        }

        var spelled = mentions.Select(m => m.Mention).FirstOrDefault(m => m.NameTokens.Count == surnameTokens)?.Name ?? surname;
        return new SpeakerRef(spelled, labelRole ?? mentions.Select(m => m.Mention).FirstOrDefault(m => m.Role is not null)?.Role);
    }

    private static bool HasRoleWords(string? role, string wanted) =>
        role is not null && wanted.Split(' ').All(w => role.Split(' ').Contains(w, StringComparer.OrdinalIgnoreCase));

    /// <summary>"Senior Administration Official", "White House Staff": deliberately unnamed.</summary>
    private static bool IsAnonymous(string role) => Speakers.OfficeNames.IsAnonymous(role);

    /// <summary>
    /// A title written in capitals ("REMARKS BY VICE PRESIDENT HARRIS AT A ROUNDTABLE WITH CEOs") in title case, so
    /// names stand out; a word or two in lower case ("CEOs") does not make it a mixed-case title.
    /// </summary>
    private static string TitleForNames(string title)
    {
        var letters = title.Count(char.IsLetter);
        if (letters == 0 || title.Count(char.IsLower) * 10 > letters)
        {
            return title;
        }

        var words = title.Split(' ').Select((word, i) =>
            i > 0 && SmallTitleWords.Contains(word) ? word.ToLowerInvariant() : TurnLabel.TitleCase([word]));
        return string.Join(' ', words);
    }
}
