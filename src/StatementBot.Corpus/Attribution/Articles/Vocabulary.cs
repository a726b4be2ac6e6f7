namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// The words attribution leans on: speech verbs, titles and ranks (kept in the role, never in the name), role
/// nouns, and the capitalised words that mark an organisation or a place rather than a person.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Speech verbs that introduce a quote or reported claim; multi-word ones are matched as phrases.</summary>
    public static readonly HashSet<string> SpeechVerbs = Set(
        "said", "says", "say", "stated", "states", "added", "adds", "noted", "notes", "stressed", "stresses",
        "told", "tells", "asked", "asks", "explained", "explains", "announced", "announces", "declared", "declares",
        "claimed", "claims", "insisted", "insists", "argued", "argues", "warned", "warns", "emphasized", "emphasised",
        "emphasizes", "emphasises", "remarked", "remarks", "indicated", "indicates", "commented", "comments", "wrote",
        "writes", "tweeted", "tweets", "replied", "replies", "responded", "responds", "continued", "continues",
        "urged", "urges", "confirmed", "confirms", "acknowledged", "acknowledges", "reiterated", "reiterates",
        "underlined", "underscored", "suggested", "suggests", "maintained", "maintains", "contended", "contends",
        "revealed", "reveals", "estimated", "estimates", "predicted", "predicts", "promised", "promises",
        "admitted", "admits", "observed", "recalled", "recalls", "conceded", "concedes", "affirmed", "affirms",
        "asserted", "asserts", "alleged", "alleges", "lamented", "laments", "reported", "reports", "mentioned",
        "disclosed", "pledged", "vowed", "vows", "cautioned", "highlighted", "opined");

    /// <summary>Verbs that, whatever their subject, mark a sentence as somebody's words rather than narration.</summary>
    public static readonly HashSet<string> ReportingVerbs = Set(
        "said", "says", "stated", "states", "added", "adds", "noted", "stressed", "told", "tells", "explained",
        "declared", "claimed", "claims", "insisted", "argued", "warned", "emphasized", "emphasised", "remarked",
        "indicated", "commented", "wrote", "tweeted", "replied", "responded", "urged", "reiterated", "asserted",
        "according", "pointed");

    /// <summary>
    /// Speech verbs that take what was said directly ("Tan said China ..."); the others ("announced",
    /// "confirmed") more often take a thing than a claim, so they attribute only with "that" or a quotation.
    /// </summary>
    public static readonly HashSet<string> ClauseVerbs = Set(
        "said", "says", "say", "stated", "states", "added", "adds", "noted", "notes", "stressed", "stresses", "told",
        "tells", "explained", "explains", "claimed", "claims", "insisted", "insists", "argued", "argues", "warned",
        "warns", "wrote", "writes", "tweeted", "tweets", "indicated", "indicates", "replied", "replies", "responded",
        "responds", "commented", "remarked", "emphasized", "emphasised", "asserted", "asserts",
        "reiterated", "contended", "conceded", "recalled", "lamented", "alleged", "alleges", "opined", "pointed", "points", "according", "asked", "asks", "saying");

    /// <summary>Two-word speech verbs: the first word, then the second.</summary>
    public static readonly Dictionary<string, string> PhrasalSpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pointed"] = "out",
        ["points"] = "out",
        ["according"] = "to",
    };

    /// <summary>Verbs that put a quote or claim after a name with nothing between ("X tweeted "..."").</summary>
    public static readonly HashSet<string> InvertibleVerbs = Set(
        "said", "says", "added", "adds", "noted", "stated", "explained", "asked", "wrote", "continued", "declared",
        "insisted", "stressed", "warned", "replied", "responded", "remarked", "commented", "tweeted", "argued", "told",
        "recalled", "observed", "announced", "emphasized", "emphasised");

    /// <summary>Words that may sit between a speaker and the speech verb ("Esper has said", "Tan also said").</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "has", "had", "have", "also", "later", "then", "further", "reportedly", "previously", "earlier", "again",
        "would", "will", "once", "subsequently", "separately", "recently", "repeatedly", "publicly", "initially",
        "had", "has", "already", "additionally", "similarly", "today", "yesterday", "tonight", "personally",
        "directly", "explicitly", "openly", "privately", "formally", "officially", "firmly", "simply", "only", "even");

    /// <summary>Titles, ranks and honorifics: part of a role, never of a name.</summary>
    public static readonly HashSet<string> Titles = Set(
        "president", "vice", "prime", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman",
        "senator", "sen", "representative", "rep", "congressman", "congresswoman", "governor", "gov", "mayor",
        "ambassador", "chancellor", "premier", "chairman", "chairwoman", "chair", "chairperson", "director", "chief",
        "commissioner", "general", "gen", "lieutenant", "lt", "colonel", "col", "major", "maj", "captain", "capt",
        "sergeant", "sgt", "admiral", "adm", "commander", "marshal", "brigadier", "corporal", "private", "senior",
        "junior", "deputy", "acting", "assistant", "associate", "attorney", "judge", "justice", "prosecutor",
        "sheriff", "inspector", "superintendent", "officer", "official", "dr", "doctor", "prof", "professor", "mr",
        "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "emperor",
        "pope", "cardinal", "archbishop", "bishop", "reverend", "rev", "father", "sheikh", "imam", "rabbi",
        "speaker", "leader", "head", "coordinator", "adviser", "advisor", "counselor", "counsellor", "envoy",
        "diplomat", "consul", "attaché", "delegate", "constable", "co-author", "assemblyman", "assemblywoman", "assemblymember", "executive", "ceo", "cfo", "coo", "founder", "co-founder",
        "cofounder", "manager", "editor", "anchor", "correspondent", "coach", "captain", "candidate", "nominee",
        "lawmaker", "legislator", "mp", "mep", "councillor", "councilor", "councilman", "councilwoman", "alderman",
        "treasurer", "registrar", "spokespeople", "inspector-general", "first", "lady", "former", "ex", "mayor-elect",
        "president-elect", "emir", "sultan", "crown", "grand", "supreme", "dean", "provost", "rector", "principal");

    /// <summary>Nouns naming what a person does ("spokesperson", "mathematician") when written in lower case.</summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "minister", "secretary", "president", "premier",
        "governor", "mayor", "senator", "ambassador", "director", "chief", "head", "chairman", "chairwoman", "chair",
        "commander", "general", "colonel", "officer", "official", "leader", "adviser", "advisor", "counselor",
        "envoy", "diplomat", "professor", "researcher", "scientist", "analyst", "expert", "lawyer", "attorney",
        "judge", "prosecutor", "executive", "founder", "co-founder", "manager", "coordinator", "deputy", "member",
        "lawmaker", "legislator", "congressman", "congresswoman", "representative", "mp", "mep", "candidate",
        "nominee", "activist", "author", "journalist", "reporter", "editor", "correspondent", "owner", "coach",
        "player", "actor", "actress", "singer", "musician", "artist", "doctor", "physician", "surgeon", "nurse",
        "epidemiologist", "virologist", "economist", "historian", "mathematician", "physicist", "chemist",
        "biologist", "astronomer", "astrophysicist", "geologist", "engineer", "police", "sheriff", "inspector",
        "investigator", "detective", "commissioner", "superintendent", "chancellor", "vice-president", "vice",
        "captain", "king", "queen", "prince", "princess", "witness", "eyewitness", "resident", "student", "teacher",
        "chairperson", "ceo", "cfo", "president-elect", "politician", "councillor", "councilor", "treasurer",
        "pastor", "priest", "bishop", "archbishop", "rabbi", "imam", "cleric", "monk", "pope", "lecturer",
        "psychologist", "psychiatrist", "sociologist", "anthropologist", "archaeologist", "ecologist",
        "paleontologist", "palaeontologist", "spokesmen", "organizer", "organiser", "campaigner", "negotiator",
        "strategist", "consultant", "broadcaster", "presenter", "host", "writer", "novelist", "poet", "director-general",
        "secretary-general", "chairman", "speaker", "whip", "aide", "staffer", "administrator", "commentator",
        "volunteer", "official", "officials", "paramedic", "firefighter", "pilot", "astronaut", "athlete",
        "footballer", "cricketer", "lead", "co-author", "co-chair", "dean", "principal", "rector", "provost",
        "emir", "sultan", "monarch", "regent", "governor-general", "attaché", "consul", "counsel", "solicitor", "voter",
        "protester", "protestor", "survivor", "victim", "neighbour", "neighbor", "farmer", "worker", "employee");

    /// <summary>Lower-case words that may qualify a role noun in a title phrase ("Regional governor", "press secretary").</summary>
    public static readonly HashSet<string> RoleModifiers = Set(
        "former", "deputy", "vice", "senior", "chief", "acting", "interim", "assistant", "associate", "press",
        "regional", "national", "foreign", "federal", "state", "local", "police", "government", "party",
        "opposition", "health", "defense", "defence", "interior", "finance", "prime", "executive", "general",
        "principal", "lead", "top", "military", "ministry", "foreign", "security", "public", "communications",
        "campaign", "district", "county", "city", "provincial", "municipal", "presidential", "parliamentary",
        "democratic", "republican", "independent", "then", "longtime", "veteran", "retired", "outgoing",
        "incoming", "newly", "elected", "first", "second", "education", "environment", "energy", "trade",
        "justice", "transport", "agriculture", "labour", "labor", "economy", "economic", "news", "film", "research",
        "neuroscience", "science", "team", "world", "co", "managing", "founding", "human", "rights", "emergencies",
        "emergency", "civil", "political", "legal", "medical", "union", "youth", "women's", "culture", "sports",
        "tourism", "immigration", "home", "land", "marine", "naval", "army", "air", "force", "navy");

    /// <summary>Capitalised words that make a run of capitals an organisation or a place, not a person.</summary>
    public static readonly HashSet<string> NonPersonWords = Set(
        "ministry", "department", "committee", "council", "office", "agency", "service", "services", "police",
        "court", "bank", "university", "institute", "institution", "company", "corporation", "corp", "inc", "ltd",
        "llc", "group", "news", "times", "post", "journal", "press", "online", "network", "media", "government",
        "administration", "association", "union", "organization", "organisation", "foundation", "commission",
        "authority", "board", "force", "forces", "army", "navy", "guard", "federation", "republic", "kingdom",
        "states", "nations", "house", "senate", "congress", "parliament", "assembly", "center", "centre",
        "hospital", "school", "college", "airlines", "airways", "airport", "club", "team", "fc", "labs", "lab",
        "society", "bureau", "unit", "command", "international", "watch", "rights", "party", "front", "movement",
        "alliance", "coalition", "church", "museum", "library", "station", "channel", "tv", "radio", "television",
        "agency", "reuters", "associated", "daily", "herald", "tribune", "gazette", "telegraph", "guardian",
        "observer", "review", "magazine", "world", "global", "national", "federal", "state", "city", "county",
        "province", "region", "district", "island", "islands", "north", "south", "east", "west", "northern",
        "southern", "eastern", "western", "central", "new", "saudi", "united", "hong", "kong", "sri", "costa",
        "puerto", "democratic", "republican", "street", "avenue", "road", "square", "park", "river", "lake",
        "mountain", "mount", "valley", "bay", "sea", "ocean", "airport", "port", "prize", "award", "awards", "cup",
        "league", "championship", "championships", "games", "olympics", "festival", "conference", "summit",
        "act", "bill", "law", "treaty", "agreement", "accord", "plan", "program", "programme", "project", "fund",
        "trust", "capital", "systems", "technologies", "technology", "software", "motors", "energy", "oil", "gas",
        "pharmaceuticals", "health", "medical", "clinic", "laboratory", "observatory", "telescope", "mission",
        "space", "nasa", "esa", "corps", "brigade", "division", "battalion", "regiment", "squadron", "fleet",
        "police", "constabulary", "prison", "jail", "embassy", "consulate", "cabinet", "senate", "caucus",
        "chamber", "tribunal", "affairs", "security", "defense", "defence", "foreign", "interior", "justice",
        "ministry's", "coronavirus", "covid-19", "covid", "christmas", "easter", "day", "week", "year",
        "dynasty", "empire", "kingdom", "emirates", "arabia", "korea", "africa", "america", "zealand", "lanka",
        "rica", "rico", "york", "jersey", "mexico", "carolina", "dakota", "virginia", "hampshire", "angeles",
        "francisco", "diego", "vegas", "orleans", "delhi", "guinea", "leone", "verde", "salvador", "sudan",
        "jazeera", "presse", "paso", "gazeta", "directorate", "tribunal", "typhoon", "hurricane", "storm", "cyclone", "survey", "mail", "sun", "bulletin", "agence", "xinhua", "interfax", "bloomberg", "politico", "axios", "breitbart",
        "twitter", "facebook", "instagram", "youtube", "google", "amazon", "microsoft", "apple", "tiktok", "wikipedia",
        "wikinews", "platform", "platforms", "order", "era", "war", "revolution", "crisis", "act");

    /// <summary>Capitalised words that open a sentence or clause but never belong to a name.</summary>
    public static readonly HashSet<string> NeverInName = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "in", "on", "at", "by", "for", "from", "with", "without", "after", "before", "during", "while", "when",
        "where", "if", "but", "and", "or", "so", "however", "although", "though", "because", "since", "as",
        "according", "meanwhile", "also", "yet", "still", "then", "there", "here", "it", "he", "she", "they",
        "we", "i", "you", "who", "what", "which", "why", "how", "all", "some", "many", "most", "both", "each",
        "every", "no", "not", "nor", "to", "of", "over", "under", "about", "against", "between", "into", "through",
        "despite", "following", "including", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "other", "another", "such", "than",
        "once", "upon", "until", "unlike", "like", "among", "amid", "around", "across", "along", "within",
        "whether", "either", "neither", "now", "just", "even", "only", "more", "less", "much", "very", "any",
        "asked", "speaking", "reporting", "writing", "responding", "thus", "therefore", "indeed", "moreover",
        "furthermore", "instead", "otherwise", "besides", "nevertheless", "nonetheless", "hence", "do", "does",
        "did", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
        "should", "shall", "might", "must", "said", "says", "according", "reportedly", "mr", "ms", "mrs", "dr");

    /// <summary>Name particles written in lower case inside a name ("Ursula von der Leyen", "Abu Bakr al-Baghdadi").</summary>
    public static readonly HashSet<string> NameParticles = Set(
        "de", "da", "das", "do", "dos", "di", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al",
        "el", "la", "le", "ter", "ten", "y", "e", "bint", "abu", "mac", "st.");

    /// <summary>Personal pronouns that stand for the last named speaker.</summary>
    public static readonly HashSet<string> PersonalPronouns = Set("he", "she");

    /// <summary>Words that only speak of a quantity or a time and may sit between a speech verb and its content.</summary>
    public static readonly HashSet<string> SettingWords = Set(
        "on", "in", "at", "during", "to", "via", "after", "before", "with", "from", "for", "last", "this", "earlier",
        "later", "the", "a", "an", "his", "her", "their", "its", "statement", "statements", "interview",
        "interviews", "conference", "press", "news", "briefing", "speech", "tweet", "post", "letter", "email",
        "video", "message", "release", "reporters", "journalists", "media", "local", "state", "national", "regular",
        "joint", "televised", "radio", "television", "tv", "address", "today", "yesterday", "tonight", "week", "month",
        "year", "morning", "afternoon", "evening", "night", "day", "days", "weekend", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "written", "online", "social",
        "separate", "brief", "recent", "same", "ceremony", "meeting", "session", "hearing", "rally", "event",
        "program", "programme", "show", "broadcast", "podcast", "website", "blog", "report", "following",
        "previous", "earlier", "later", "also", "further", "then", "once", "again", "officials", "lawmakers",
        "late", "early", "mid", "via",
        "parliament", "audience", "crowd", "supporters", "members", "public", "nation", "country", "people",
        "newspaper", "broadcaster", "agency", "outlet", "network", "channel", "daily", "weekly", "that", "time");

    /// <summary>Party labels written before a name ("Democrat Chuck Schumer"): never part of the name, not a role alone.</summary>
    public static readonly HashSet<string> Affiliations = Set("democrat", "republican", "democratic", "libertarian", "labour", "tory", "conservative", "liberal", "green");

    public static bool IsTitle(string word) => Titles.Contains(Bare(word));

    public static bool IsRoleNoun(string word) =>
        RoleNouns.Contains(Bare(word)) || Bare(word) is { Length: > 5 } w && RoleSuffixes.Any(suffix => w.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>Endings of occupations not listed one by one ("sportswriter", "epidemiologist", "statistician").</summary>
    private static readonly string[] RoleSuffixes = ["ologist", "ician", "writer", "caster", "spokesman", "spokeswoman", "spokesperson", "maker"];

    /// <summary>The word lower-cased without a trailing full stop or possessive.</summary>
    public static string Bare(string word)
    {
        var w = word.TrimEnd('.', ',', ';', ':');
        if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            w = w[..^2];
        }
        return w.ToLowerInvariant();
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
