package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.model.Sentence;
import org.newsgraph.model.Token;

/** Small facts about single words that several extractors share. */
final class Words {
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
            "aug.", "sep.", "sept.", "oct.", "nov.", "dec.");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "der", "den", "al", "el", "bin",
            "ibn", "da", "di", "du", "le", "la", "ter");
    private static final Set<String> POST_PREPOSITIONS = Set.of("of", "at", "for", "with", "from");
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "de", "del", "da", "van", "von", "bin",
            "al", "la", "le", "du", "der", "den", "&");
    private static final Set<String> ORGANIZATION_HEADS = Set.of("Inc.", "Inc", "Ltd.", "Ltd", "Corp.", "Corp",
            "Co.", "Co", "Cos", "Brothers", "Bros", "LLC", "plc", "PLC", "Plc", "AG", "SA", "NV", "BV", "SpA", "Pty",
            "Bhd", "GmbH", "Company", "Corporation", "Group", "Holdings", "Fund",
            "Bank", "Ministry", "Party", "Council", "University", "College", "Institute", "Agency", "Committee",
            "Commission", "Association", "Union", "Organization", "Organisation", "Federation", "Foundation",
            "Department", "Office", "Court", "Army", "Navy", "Force", "Forces", "Guard", "Police", "Service",
            "Services", "Board", "Bureau", "Authority", "Assembly", "Parliament", "Congress", "Senate", "Cabinet",
            "Airlines", "Airways", "Motors", "Systems", "Technologies", "Partners", "Capital", "Securities",
            "Exchange", "Network", "News", "Times", "Post", "Journal", "Press", "Club", "Team", "Church",
            "School", "Hospital", "Clinic", "Center", "Centre", "Alliance", "Herald", "Gazette", "Weekly", "Magazine",
            "Tribune", "Telegraph", "Guardian", "Chronicle", "Observer", "Daily", "Review", "Radio", "Television",
            "Broadcasting", "Studios", "Entertainment", "Software", "Airline", "Bancorp", "Financial", "Insurance",
            "Stores", "Foods", "Chemicals", "Electric", "Steel", "Mining", "Resources", "Pharma", "Legion", "Corps",
            "Org", "Municipality", "Government", "Division", "Regiment", "Battalion", "Coalition", "Front",
            "Movement", "Brigade",
            "Brigades", "Society", "League", "Trust", "Reserve", "Industries", "Energy", "Oil", "Petroleum",
            "Laboratories", "Labs", "Pharmaceuticals", "Media", "Telecom", "Railways", "Administration",
            "Secretariat", "Directorate", "Chamber", "Tribunal", "Mission", "Programme", "Program");
    private static final Set<String> PLACE_HEADS = Set.of("Province", "Region", "County", "District", "City",
            "Island", "Islands", "Mountains", "River", "Valley", "Peninsula", "Sea", "Ocean", "Bay", "Gulf",
            "Oblast", "State", "Street", "Square", "Airport", "Hall", "Palace", "Base", "Strait", "Lake", "Center",
            "Centre", "Station", "Stadium", "Arena", "Facility", "Pad", "Towers", "Tower", "Planetarium", "Museum",
            "Park", "Bridge", "Avenue", "Road", "Boulevard", "Cathedral", "Mosque", "Temple", "Harbor", "Harbour",
            "Port", "Beach", "Hotel", "Factory", "Memorial", "Complex", "Plains", "Cave", "Gallery", "Galleries",
            "Canyon", "Desert", "Forest", "Highway", "Plaza", "Heights", "Hills", "Coast");
    /** Last words of newspapers' names that are not organisation heads elsewhere ("Sun Yat-sen"). */
    private static final Set<String> MEDIA_HEADS = Set.of("Sun", "Star", "Mail", "Globe", "Courier", "Examiner",
            "Sentinel", "Mirror", "Bulletin", "Dispatch", "Monitor", "Inquirer", "Register", "Enquirer", "Leader",
            "Advertiser", "Chronicle", "Intelligencer", "Clarion", "Beacon");
    private static final Set<String> NOT_NAMES = Set.of("Yesterday", "Today", "Tomorrow", "Tonight", "Image", "Photo",
            "Video", "Source", "Credit", "File", "Audio", "Update", "Updated", "Editor's", "Note");
    private static final Set<String> COMMON_ACRONYMS = Set.of("VIP", "CEO", "CFO", "COO", "TV", "PC", "IQ", "AM", "PM",
            "GDP", "VR", "AI", "XP", "USD", "GMT", "UTC", "EST", "PST", "CET", "PDT", "EDT", "CDT", "MDT", "BST",
            "IST", "JST", "AEST", "OK", "DNA", "HIV", "AIDS", "ID",
            "FAQ", "PDF", "URL", "SMS", "GPS", "DVD", "CD", "UNLESS", "US$", "QC", "SC", "MP", "MPs", "PR", "HQ",
            "POTUS", "FLOTUS", "SCOTUS", "RSS", "LGBT", "LGBTQ", "COVID", "SARS", "MERS", "BC", "AD", "CE", "BCE",
            "EU$", "KM", "MPH", "NB", "PS", "RIP", "TBA", "TBD", "ET", "PT", "CT", "MT");

    private static final Set<String> NOT_PERSON_WORDS = Set.of("Rate", "Rates", "Bond", "Bonds", "Class",
            "War", "Cup", "Games", "Olympics", "Championship",
            "Championships", "Act", "Agreement", "Treaty", "Accord", "Summit", "Conference", "Festival", "Awards",
            "Award", "Prize", "Day", "Week", "Crisis", "Revolution", "Plan", "Initiative", "Project", "Challenge",
            "Trophy", "Open", "Series", "Show", "Expo", "Forum", "Convention", "Declaration", "Doctrine", "Deal",
            "Global", "International", "Northwest", "Northeast", "Southwest", "Southeast", "Pacific", "Atlantic",
            "Arctic", "Shuttle", "Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Image", "Photo", "Year",
            "Station", "Program", "Programme", "National", "World", "Olympic", "Robot", "Robotics", "Online",
            "Digital",
            "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "New",
            "Great", "Royal", "Federal", "Islamic", "Christian", "Muslim", "Jewish", "Catholic", "Democratic",
            "Republican", "Socialist", "Communist", "Liberal", "Conservative", "Labour", "Green", "People",
            "Peoples", "Human", "Rights", "Health", "Security", "Defense", "Defence", "Foreign", "Affairs", "Street",
            "Avenue", "Road", "Bridge", "Tower", "Museum", "Stadium", "Arena", "Internet", "Web", "Study", "Survey",
            "Report", "System", "Index", "Census");

    private static final Set<String> PLACE_MODIFIERS = Set.of("North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Central", "New", "Great", "Greater", "Upper", "Lower", "Old", "Mainland",
            "Coastal", "Rural", "Urban");
    /** Last words of newspapers' names that also head other organisations' names. */
    private static final Set<String> NEWSPAPER_HEADS = Set.of("Times", "Post", "Press", "Journal", "Herald", "Tribune",
            "Gazette", "Guardian", "Telegraph", "Observer", "Independent", "Economist", "Chronicle");
    private static final Pattern ROMAN_NUMERAL = Pattern.compile("[IVXLCDM]{2,}");

    private Words() {
    }

    /** "North", "Greater", "New": words that make a place of a place ("North Korea", "Greater London"). */
    static boolean isPlaceModifier(String word) {
        return PLACE_MODIFIERS.contains(word);
    }

    static boolean isNotPersonWord(String word) {
        return NOT_PERSON_WORDS.contains(word);
    }

    static boolean isRomanNumeral(String word) {
        return ROMAN_NUMERAL.matcher(word).matches();
    }

    /**
     * "was", "had", "met", "headed", "reached": a verb form of the past (a participle counts); not "is", "are"
     * or a present form ("meets", "meeting").
     */
    static boolean isPastForm(Token t) {
        String word = t.text().toLowerCase(Locale.ROOT);
        if (Set.of("was", "were", "had", "did").contains(word)) {
            return true;
        }
        return !Set.of("is", "are", "am", "be", "'s", "'re").contains(word) && (word.endsWith("ed")
                || !word.equals(t.lemma()) && !word.endsWith("s") && !word.endsWith("ing"));
    }

    /** "a scheduled forum", "the proposed talks": a participle that modifies the noun after it, not a verb of a clause. */
    static boolean isModifyingParticiple(Sentence s, int k) {
        return s.token(k).is("VERB") && k > 0 && (s.token(k - 1).is("DET") || s.token(k - 1).is("ADJ")
                || isPossessive(s.token(k - 1))) && k + 1 < s.size() && s.token(k + 1).is("NOUN");
    }

    /** "Al-Maeena", "Secretary-General" as the tokenizer splits them: a hyphen written with no space either side. */
    static boolean isGluedHyphen(Sentence s, int j) {
        return j > 0 && j + 1 < s.size() && s.token(j).text().equals("-")
                && s.token(j).begin() == s.token(j - 1).end() && s.token(j + 1).begin() == s.token(j).end();
    }

    static boolean isPossessive(Token token) {
        String t = token.text().replace('\u2019', '\'');
        return t.equals("'s") || t.equals("'");
    }

    /** Where the noun phrase ending at token i starts: "the 1984 border agreement", "its 1990 invasion", "Thursday's talks". */
    static int nounPhraseStart(Sentence s, int i) {
        int k = i;
        while (k > 0 && (Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART").contains(s.token(k - 1).tag())
                || isPossessive(s.token(k - 1)))) {
            k--;
        }
        return k;
    }

    static boolean isCalendar(Token token) {
        return CALENDAR.contains(token.text().toLowerCase(Locale.ROOT));
    }

    static boolean isPersonalPronoun(Token token) {
        return PERSONAL_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT));
    }

    /** Lowercase particles that begin a surname: "de Vries", "van der Berg", "al-Assad". */
    static boolean isNameParticle(Token token) {
        return NAME_PARTICLES.contains(token.text());
    }

    static boolean isNameParticle(String word) {
        return NAME_PARTICLES.contains(word);
    }

    /** The prepositions that join a post to where it is held: "analyst with", "minister of", "spokesman for". */
    static boolean isPostPreposition(String word) {
        return POST_PREPOSITIONS.contains(word);
    }

    static boolean isNameConnector(Token token) {
        return NAME_CONNECTORS.contains(token.text());
    }

    static boolean isOrganizationHead(String word) {
        return ORGANIZATION_HEADS.contains(word);
    }

    /** The last word of a newspaper's name, which usually starts with "The". */
    static boolean isNewspaperHead(String word) {
        return MEDIA_HEADS.contains(word) || NEWSPAPER_HEADS.contains(word);
    }

    static boolean isMediaHead(String word) {
        return MEDIA_HEADS.contains(word);
    }

    static boolean isPlaceHead(String word) {
        return PLACE_HEADS.contains(word);
    }

    private static final Set<String> CITY_NOUNS = Set.of("city", "town", "capital", "port", "village", "resort",
            "suburb", "township", "municipality", "outskirts");
    private static final Set<String> REGION_NOUNS = Set.of("province", "region", "district", "island", "state",
            "county", "prefecture", "governorate", "territory", "enclave", "republic");

    /** "the capital of …", "the resort of …": a common noun (lemma) that names a kind of city. */
    static boolean isCityNoun(String lemma) {
        return CITY_NOUNS.contains(lemma);
    }

    /** "the province of …", "the breakaway regions of …": a common noun (lemma) that names a kind of region. */
    static boolean isRegionNoun(String lemma) {
        return REGION_NOUNS.contains(lemma);
    }

    private static final Set<String> ROYAL_TITLES = Set.of("King", "Queen", "Prince", "Princess", "Pope", "Emperor",
            "Empress", "Sultan", "Emir", "Tsar", "Shah");

    /** "King Tomislav", "Pope Francis": a title that, before a single name, is part of how the person is named. */
    static boolean isRoyalTitle(String word) {
        return ROYAL_TITLES.contains(word);
    }

    private static final Set<String> DISCOURSE_ADVERBS = Set.of("Meanwhile", "However", "Moreover", "Furthermore",
            "Nevertheless", "Nonetheless", "Later", "Earlier", "Afterwards", "Also", "Still", "Now", "Then",
            "Instead", "Separately", "Elsewhere", "Overall", "Again", "Thus", "Therefore", "Hence", "Otherwise",
            "Likewise", "Yet", "Indeed", "Already", "Soon", "Today", "Tonight", "Yesterday", "Tomorrow");

    /** "Meanwhile Lima said": a word that opens a sentence to join it to the one before, never a name's. */
    static boolean isDiscourseAdverb(String word) {
        return DISCOURSE_ADVERBS.contains(word);
    }

    private static final Set<String> POST_NOUNS = Set.of("analyst", "economist", "spokesman", "spokeswoman",
            "spokesperson", "official", "trader", "dealer", "executive", "director", "chairman", "president",
            "strategist", "correspondent", "reporter", "editor", "researcher", "manager", "partner", "chief");

    /** "economist", "analyst", "spokesman": a post held at an organisation, as the noun before its holder. */
    static boolean isPostNoun(String lemma) {
        return POST_NOUNS.contains(lemma);
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "across", "throughout");

    /** "in", "near", "outside": a preposition (lemma) whose object is a place. */
    static boolean isPlacePreposition(String lemma) {
        return PLACE_PREPOSITIONS.contains(lemma);
    }

    private static final Set<String> NAME_REPORTING_LEMMAS = Set.of("say", "tell", "add", "state", "announce",
            "write", "note", "explain", "insist", "remark", "reiterate", "warn", "claim", "argue", "acknowledge");

    /** "X said", "X warned": a verb (lemma) of speaking right after a name, which makes the name a speaker's. */
    static boolean isReportingLemma(String lemma) {
        return NAME_REPORTING_LEMMAS.contains(lemma);
    }

    /** A common noun (lemma) that names a kind of city or region: "capital", "port", "province". */
    static boolean isPlaceNoun(String lemma) {
        return isCityNoun(lemma) || isRegionNoun(lemma);
    }

    /** Adjectives of regions, creeds and peoples beyond one nation: "the minister's Asian tour", "Islamist groups". */
    private static final Set<String> BROAD_ADJECTIVES = Set.of("Asian", "European", "African", "Arab", "Western",
            "Eastern", "Northern", "Southern", "Latin", "Nordic", "Balkan", "Caribbean", "Scandinavian", "Baltic",
            "Islamic", "Islamist", "Jewish", "Muslim", "Christian", "Catholic", "Sunni", "Shiite", "Shia",
            "Protestant", "Orthodox", "Hindu", "Buddhist", "Kurdish", "Pacific", "Atlantic", "Transatlantic");

    /** Whether a word alone, capitalised, only qualifies: "Asian", "Islamist", "Western" name nobody. */
    static boolean isBroadAdjective(String word) {
        return BROAD_ADJECTIVES.contains(word);
    }

    /** Capitalised words that start sentences or captions but never names: "Yesterday", "Image". */
    static boolean isNeverAName(String word) {
        return NOT_NAMES.contains(word);
    }

    /** Whether an all-capital word names an organisation: not a common abbreviation or a Roman numeral. */
    static boolean isOrganizationAcronym(String word) {
        return isAcronym(word) && !COMMON_ACRONYMS.contains(word) && !isRomanNumeral(word)
                && word.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '&');
    }

    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 && word.length() <= 8;
    }

    /** The lemma, or for a possessive "'s" the word it is attached to. */
    static String lemma(Sentence sentence, int i) {
        return i >= 0 && i < sentence.size() ? sentence.token(i).lemma() : "";
    }

    static String text(Sentence sentence, int i) {
        return i >= 0 && i < sentence.size() ? sentence.token(i).text() : "";
    }

    /** No clause word or semicolon stands between the offset and token k: one clause. */
    static boolean isOneClause(Sentence s, int offset, int k) {
        for (int j = k - 1; j >= 0 && s.token(j).begin() >= offset; j--) {
            String word = s.token(j).text().toLowerCase(Locale.ROOT);
            if (Set.of(";", ":", "and", "but", "while", "which", "who", "that").contains(word) || s.token(j).is("SCONJ")) {
                return false;
            }
        }
        return true;
    }
}
