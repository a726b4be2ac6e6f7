using System.Collections.Frozen;

namespace StatementBot.Corpus.Attribution.Articles.Rules;

/// <summary>
/// The word lists article attribution leans on, one embedded text file per list (<c>Articles/Rules/*.txt</c>): one
/// entry a line, <c>#</c> starts a comment, compared case-insensitively. Each list is read once and frozen.
/// </summary>
internal static class ArticleRules
{
    /// <summary>Titles, ranks and honorifics: part of a role, never of a name.</summary>
    public static FrozenSet<string> Titles { get; } = Set("titles.txt");

    /// <summary>Lower-case nouns for what a person does ("spokesperson", "mathematician").</summary>
    public static FrozenSet<string> RoleNouns { get; } = Set("role-nouns.txt");

    public static IReadOnlyList<string> RoleSuffixes { get; } = EmbeddedLines.Read("Attribution.Articles.Rules.role-suffixes.txt");

    /// <summary>Words that may qualify a role noun ("press secretary").</summary>
    public static FrozenSet<string> RoleModifiers { get; } = Set("role-modifiers.txt");

    /// <summary>Capitalised words that make a run of capitals an organisation or a place.</summary>
    public static FrozenSet<string> NonPersonWords { get; } = Set("non-person-words.txt");

    /// <summary>Capitalised words that open a sentence or clause but never belong to a name.</summary>
    public static FrozenSet<string> NeverInName { get; } = Set("never-in-name.txt");

    public static FrozenSet<string> NameParticles { get; } = Set("name-particles.txt");

    /// <summary>Endings after a hyphen that make a word a description ("Swedish-born", "newly-elected"), never a name part.</summary>
    public static FrozenSet<string> ModifierTails { get; } = Set("modifier-tails.txt");

    /// <summary>Time, place and medium words between a speech verb and its content ("said in a statement on Tuesday").</summary>
    public static FrozenSet<string> SettingWords { get; } = Set("setting-words.txt");

    public static FrozenSet<string> Affiliations { get; } = Set("affiliations.txt");

    /// <summary>Words between a speaker and the speech verb ("has", "also").</summary>
    public static FrozenSet<string> Auxiliaries { get; } = Set("auxiliaries.txt");

    public static FrozenSet<string> Pronouns { get; } = Set("pronouns.txt");

    /// <summary>"The mother said": nouns for one person with the pronoun that is theirs.</summary>
    public static FrozenDictionary<string, string> GenderedNouns { get; } = Pairs("gendered-nouns.tsv");

    /// <summary>"according to him": the object form of a pronoun, and its subject form.</summary>
    public static FrozenDictionary<string, string> ObjectPronouns { get; } = Pairs("object-pronouns.tsv");

    /// <summary>"statement", "tweet": a person's written or spoken words as a thing.</summary>
    public static FrozenSet<string> StatementNouns { get; } = Set("statement-nouns.txt");

    /// <summary>Who is told ("reporters", "the BBC" aside): single words and short phrases.</summary>
    public static FrozenSet<string> Listeners { get; } = Set("listeners.txt");

    public static FrozenSet<string> ContinuationOpeners { get; } = Set("continuation-openers.txt");

    public static FrozenSet<string> SentenceOpeners { get; } = Set("sentence-openers.txt");

    public static FrozenSet<string> FemaleGivenNames { get; } = Set("given-names-female.txt");

    public static FrozenSet<string> MaleGivenNames { get; } = Set("given-names-male.txt");

    /// <summary>"she" for "Louise", "he" for "David"; null for a name either may bear or one not listed.</summary>
    public static string? PronounOfGivenName(string name) =>
        FemaleGivenNames.Contains(name) ? "she" : MaleGivenNames.Contains(name) ? "he" : null;

    /// <summary>Countries, unions and capitals; entries of several words are kept whole.</summary>
    public static FrozenSet<string> Places { get; } = Set("places.txt");

    /// <summary>"spokesperson", "officials", "police": speakers an article leaves unnamed.</summary>
    public static FrozenSet<string> UnnamedSpeakers { get; } = Set("unnamed-speakers.txt");

    /// <summary>Words a reported clause may open with when "that" is left out.</summary>
    public static FrozenSet<string> ClauseOpeners { get; } = Set("clause-openers.txt");

    /// <summary>Auxiliaries, modals and verbs of thinking: a reported clause has one near its start.</summary>
    public static FrozenSet<string> ClauseVerbs { get; } = Set("clause-verbs.txt");

    /// <summary>Auxiliaries and modals that make a clause of what follows a verb marked "finite".</summary>
    public static FrozenSet<string> FiniteAuxiliaries { get; } = Set("finite-auxiliaries.txt");

    /// <summary>Words that open the reporter's comment after a quotation closed by a comma.</summary>
    public static FrozenSet<string> NarrationAfterQuote { get; } = Set("narration-after-quote.txt");

    public static FrozenSet<string> PassiveAuxiliaries { get; } = Set("passive-auxiliaries.txt");

    public static FrozenSet<string> Determiners { get; } = Set("determiners.txt");

    public static FrozenSet<string> OrganisationJoiners { get; } = Set("organisation-joiners.txt");

    /// <summary>Words after a speech verb that show no claim follows.</summary>
    public static FrozenSet<string> NotAClause { get; } = Set("not-a-clause.txt");

    public static FrozenSet<string> Connectives { get; } = Set("connectives.txt");

    public static FrozenSet<string> SettingOpeners { get; } = Set("setting-openers.txt");

    public static FrozenSet<string> NameSuffixes { get; } = Set("name-suffixes.txt");

    public static FrozenSet<string> Prepositions { get; } = Set("prepositions.txt");

    public static FrozenSet<string> Abbreviations { get; } = Set("abbreviations.txt");

    public static SpeechVerbTable SpeechVerbs { get; } = SpeechVerbTable.Parse(EmbeddedLines.Read("Attribution.Articles.Rules.speech-verbs.tsv"));

    public static bool IsTitle(string bare) => Titles.Contains(bare);

    public static bool IsRoleNoun(string bare) =>
        RoleNouns.Contains(bare) || bare.Length > 5 && RoleSuffixes.Any(suffix => bare.EndsWith(suffix, StringComparison.Ordinal));

    private static FrozenDictionary<string, string> Pairs(string file) => EmbeddedLines.Read("Attribution.Articles.Rules." + file)
        .Select(line => line.Split('\t', StringSplitOptions.TrimEntries)).ToFrozenDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Set(string file) => EmbeddedLines.Read("Attribution.Articles.Rules." + file).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
