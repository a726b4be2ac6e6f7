namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// The words that make up officials' titles ("Press Secretary", "NSC Coordinator for Strategic Communications",
/// "Secretary of Homeland Security"), courtesy titles that are not roles (Mr., Ms., Dr.), and capitalised words that
/// start sentences rather than names. Used to tell where a role ends and a name begins.
/// </summary>
internal static class RoleWords
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "First", "Lady", "Second", "Gentleman", "Secretary", "Secretary-General", "Press", "Deputy",
        "Principal", "Assistant", "Associate", "Senior", "Special", "Chief", "Staff", "Director", "Coordinator",
        "Communications", "Strategic", "National", "Security", "Council", "Advisor", "Adviser", "Homeland", "Economic",
        "Domestic", "Policy", "Climate", "Administrator", "Acting", "Ambassador", "Admiral", "Rear", "General",
        "Lieutenant", "Colonel", "Major", "Captain", "Commander", "Sergeant", "Governor", "Senator", "Representative",
        "Congressman", "Congresswoman", "Congressmember", "Delegate", "Mayor", "Speaker", "Leader", "Majority",
        "Minority", "Whip", "Chair", "Chairman", "Chairwoman", "Chairperson", "Commissioner", "Attorney", "Surgeon",
        "Envoy", "Officer", "Official", "Officials", "Administration", "Counselor", "Counsel", "Spokesperson", "Spokesman",
        "Spokeswoman", "Minister", "Prime", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess", "Crown", "Emir",
        "Sheikh", "Pope", "Taoiseach", "Judge", "Justice", "Foreign", "Ministry", "Affairs", "State", "Defense", "Treasury",
        "Health", "Human", "Services", "Education", "Energy", "Labor", "Commerce", "Agriculture", "Interior",
        "Transportation", "Housing", "Urban", "Development", "Veterans", "Office", "Management", "Budget", "Science",
        "Technology", "Trade", "International", "Infrastructure", "Implementation", "Response", "Intelligence", "Cyber",
        "Emerging", "Gender", "Public", "Engagement", "Legislative", "Intergovernmental", "Political", "Digital",
        "Medical", "Competition", "House", "White", "Cabinet", "Team", "Lead", "Head", "Executive", "Managing", "Navy",
        "Army", "Air", "Force", "Marine", "Corps", "Coast", "Guard", "Commandant", "Joint", "Chiefs", "Operations",
        "Federal", "Emergency", "Agency", "Department", "Environmental", "Protection", "Small", "Business",
        "Resilience", "COVID-19", "Pandemic", "Preparedness", "Economics", "Global", "Partnership", "Investment",
        "Senate", "Presidential", "Regional", "Programs", "Environment", "Quality", "Advisers", "Advisors", "Personnel",
        "Scientific", "Innovation", "Gun", "Violence", "Prevention", "Labor-Management", "Outreach", "Relations",
        "Secretaries", "Chair-designate", "Nominee", "Designate", "Representative-elect", "Elect", "United", "Nations",
        "States", "Republic", "Commission", "Board", "Bureau", "Institutes", "Centers", "Control", "Disease", "Member",
        "Coach", "Lt.", "Lt", "Gen.", "Sgt.", "Col.", "Adm.", "Rep.", "Sen.", "Gov.", "Sec.", "Technologies",
    };

    /// <summary>Nouns that complete an office held by one person: "President and First Lady" names two people.</summary>
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Secretary", "Director", "Advisor", "Adviser", "Lady", "Gentleman", "Coordinator", "Minister",
        "Governor", "Chair", "Chairman", "Chairwoman", "Administrator", "Ambassador", "Senator", "Representative", "Mayor",
        "Spokesperson", "Officer", "Official", "Counselor", "Commissioner", "Leader", "Speaker", "Envoy", "Staff",
    };

    /// <summary>Ranks people keep as a form of address whatever office they hold ("Admiral Kirby").</summary>
    private static readonly HashSet<string> Ranks = new(StringComparer.OrdinalIgnoreCase)
    {
        "Admiral", "General", "Colonel", "Captain", "Commander", "Major", "Sergeant", "Ambassador", "Judge", "Lieutenant",
    };

    private static readonly HashSet<string> Courtesy = new(StringComparer.OrdinalIgnoreCase)
    {
        "H.E.", "Excellency",
        "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Madam", "Mx.", "Honorable", "Hon.",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "the", "to", "on" };

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "And", "But", "Or", "So", "If", "As", "At", "In", "On", "Of", "For", "With", "To", "By", "From",
        "That", "This", "These", "Those", "It", "He", "She", "We", "They", "I", "You", "His", "Her", "Our", "Their", "My",
        "Your", "Thank", "Thanks", "Yes", "No", "Well", "Now", "Okay", "OK", "Look", "Today", "Tonight", "Yesterday",
        "Tomorrow", "Here", "There", "When", "What", "Who", "How", "Why", "Where", "Will", "Would", "Can", "Could",
        "Should", "Has", "Have", "Had", "Is", "Was", "Are", "Were", "Be", "Do", "Does", "Did", "Not", "Also", "Just",
        "Then", "Than", "After", "Before", "During", "Remarks", "Statement", "Briefing", "Gaggle", "Call", "Conference",
        "Meeting", "Event", "Excerpts", "Speech", "Address", "Toast", "Eulogy", "Keynote", "Interview", "Readout", "Background", "Via", "Hi", "Hello", "Dear", "Please", "Let", "Let’s",
        "Let's", "Again", "Every", "All", "Both", "Our", "Mister", "Senators", "Governors", "Mayors", "Secretaries",
        "Americans", "American", "Chinese", "Together", "Ladies", "Gentlemen", "Folks", "Everybody", "Everyone",
        "Doctors", "Welcome", "Aboard", "Ahead", "While", "Following", "Upon", "Amid", "Regarding", "Prior", "Alongside",
        "Congratulations", "Happy", "God", "Bless", "Good", "Morning", "Afternoon", "Evening", "Sorry",
    };

    public static bool IsTitle(string token) => Titles.Contains(Bare(token)) || Titles.Contains(token);

    /// <summary>An office noun after which "and" starts another person's title.</summary>
    public static bool IsOffice(string token) => Offices.Contains(Bare(token));

    /// <summary>True when a role is only a rank ("Admiral", "Vice Admiral"), not an office.</summary>
    public static bool IsRank(string role) => role.Split(' ').All(w => Ranks.Contains(w) || w.Equals("Vice", StringComparison.OrdinalIgnoreCase) || w.Equals("Rear", StringComparison.OrdinalIgnoreCase));

    public static bool IsCourtesy(string token) => Courtesy.Contains(token) || Courtesy.Contains(Bare(token));

    public static bool IsConnector(string token) => Connectors.Contains(token);

    /// <summary>An all-capitals abbreviation written inside mixed-case text (NSC, OMB, APNSA, U.S.): part of a role.</summary>
    public static bool IsAcronym(string token)
    {
        var letters = token.Count(char.IsLetter);
        return letters >= 2 && token.All(c => !char.IsLetter(c) || char.IsUpper(c)) && token.Length <= 8;
    }

    /// <summary>A capitalised word that can be (part of) a person's name; initials ("R.", "D.L.") included.</summary>
    public static bool CanBeName(string token)
    {
        var bare = Bare(token);
        return bare.Length > 0
            && char.IsUpper(bare[0])
            && !IsTitle(bare)
            && !IsCourtesy(bare)
            && !NotNames.Contains(bare)
            && !IsContraction(bare)
            && (bare.Any(char.IsLower) || IsInitials(bare));
    }

    /// <summary>"R.", "D.L." — but not the place abbreviations "U.S.", "U.N.", "D.C.".</summary>
    public static bool IsInitials(string token) =>
        token.Length is >= 1 and <= 6
        && token.Where((c, i) => i % 2 == 0).All(char.IsUpper)
        && token.Where((c, i) => i % 2 == 1).All(c => c == '.')
        && token is not ("U.S." or "U.N." or "D.C." or "U.K." or "E.U.");

    /// <summary>
    /// "-ing" words in Title Case titles ("Remarks by President Biden Honoring ...") are not surnames; a possessive
    /// ("Hua Chunying's Remarks") is, whatever its ending.
    /// </summary>
    public static bool IsGerund(string token) =>
        token.Length >= 6 && token.EndsWith("ing", StringComparison.Ordinal) && token.TrimEnd(',', '.', ';', ':').EndsWith("ing", StringComparison.Ordinal);

    private static bool IsContraction(string token)
    {
        var apostrophe = token.IndexOfAny(['’', '\'']);
        return apostrophe > 0 && apostrophe + 1 < token.Length && char.IsLower(token[apostrophe + 1]);
    }

    /// <summary>The token without surrounding punctuation and without a possessive <c>'s</c>.</summary>
    public static string Bare(string token)
    {
        var bare = token.Trim(',', ';', ':', '(', ')', '"', '“', '”', '!', '?');
        if (bare.EndsWith("’s", StringComparison.Ordinal) || bare.EndsWith("'s", StringComparison.Ordinal))
        {
            bare = bare[..^2];
        }

        return bare.Length > 2 && bare.EndsWith('.') && !bare[..^1].Contains('.') ? bare[..^1] : bare;
    }
}
