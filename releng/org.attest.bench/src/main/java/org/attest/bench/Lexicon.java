package org.attest.bench;

import java.util.List;
import java.util.Random;

/** The word lists synthetic news is written from; fixed, so that a seed always gives the same text. */
final class Lexicon {

    static final List<String> FIRST = List.of("Anna", "James", "Maria", "Olav", "Priya", "Tomás", "Zoë", "Kwame",
            "Lena",
            "Hiroshi", "Fatima", "Lars", "Chloé", "Dmitri", "Amara", "Jonas", "Sofía", "Yusuf", "Ingrid", "Mateo");
    static final List<String> LAST = List.of("Berg", "Okafor", "Müller", "Lindqvist", "Haddad", "Moreau", "Nakamura",
            "Osei", "Kowalski", "Brennan", "Nguyễn", "Silva", "Halvorsen", "Rahman", "Costa", "Fischer", "Dubois",
            "Mensah");
    static final List<String> ROLES = List.of("chief executive", "spokesperson", "minister", "director", "mayor",
            "senior economist", "police chief", "chair");
    static final List<String> ORGS = List.of("the Ministry of Health", "the Harbour Authority", "Nordic Shipping Group",
            "the World Bank", "the Red Cross", "the city council", "Reuters", "the Central Statistics Office",
            "Atlantic Energy", "the European Commission", "the Coast Guard", "the National Weather Service",
            "Unity Party", "the Teachers' Union");
    static final List<String> SOURCE_TYPES_OF_ORGS = List.of("government", "organization", "organization",
            "organization", "organization", "government", "news agency", "government", "organization", "government",
            "government", "government", "organization", "organization");
    static final List<String> GPES = List.of("Oslo", "Lagos", "Lisbon", "Hamburg", "Nairobi", "Osaka", "Bergen",
            "Marseille", "Kraków", "Accra", "Valparaíso", "Norway", "Ghana", "Portugal", "Chile", "Japan", "Poland");
    static final List<String> LOCATIONS = List.of("the northern coast", "the river delta", "the old harbour",
            "the eastern valley", "the industrial zone", "the border region", "the mountain pass");
    static final List<String> EVENTS = List.of("the Spring Summit", "the annual trade fair", "the climate conference",
            "the regional elections", "the harbour festival", "the budget debate");
    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final List<String> DAYS = List.of("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
            "last week", "earlier this month", "last year");
    static final List<String> UNITS = List.of("people", "homes", "jobs", "tonnes of grain", "vessels", "schools",
            "households", "hectares");
    static final List<String> QUALIFIERS = List.of("exact", "up to", "at least", "more than", "less than", "about");
    static final List<String> SUBJECTS = List.of("Residents", "Analysts", "Local officials", "Observers", "Critics",
            "Business owners", "Union members", "Opposition politicians", "Aid workers", "Farmers");
    static final List<String> VERBS = List.of("have raised concerns about", "remain divided over",
            "called for a review of",
            "welcomed", "questioned", "are waiting for details of", "warned against", "expressed cautious support for");
    static final List<String> OBJECTS = List.of("the new rules", "the pace of reconstruction", "the proposed budget",
            "the decision", "the timetable", "the cost of the programme", "the agreement", "the investigation");
    static final List<String> TAILS = List.of("", " in recent weeks", " after the vote",
            ", although few details were given",
            " during a tense public meeting", " as the deadline approached",
            ", according to people familiar with the matter");
    static final List<String> CUES = List.of("said", "told reporters", "estimated", "announced", "claimed", "warned");
    /** Supplementary characters and sequences: each is one or more surrogate pairs, some joined by ZWJ or flags. */
    static final List<String> EMOJI = List.of("🌊", "🙏", "🇺🇦", "👩‍🚒", "𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆", "𠀋", "😀", "🚢", "🔥");

    private Lexicon() {
    }

    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
