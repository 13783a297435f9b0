package org.outreachtracker.bench;

import java.util.List;
import java.util.SplittableRandom;

/** The invented words of the bench data: campaign topics, names, positions and meeting summaries. */
final class BenchTexts {

    private BenchTexts() {}

    static final List<String> TOPICS = List.of(
            "Critical minerals supply chains",
            "Undersea cable security",
            "Extraction and distillation of proprietary AI models",
            "Maritime domain awareness",
            "Vaccine supply and distribution",
            "Sanctions implementation",
            "Counter-terrorist financing",
            "Election security cooperation",
            "Semiconductor export controls",
            "Food security in the Sahel",
            "Climate finance commitments",
            "Space debris mitigation",
            "Nuclear safety and security",
            "Illegal, unreported and unregulated fishing",
            "Migration and border management",
            "Cybercrime convention",
            "Energy market stability",
            "Protection of journalists",
            "Anti-corruption cooperation",
            "Pandemic preparedness",
            "5G network security",
            "Arctic cooperation",
            "Wildlife trafficking",
            "Refugee resettlement",
            "Humanitarian access",
            "Counter-narcotics cooperation",
            "Small arms control",
            "Chemical weapons convention",
            "Development finance transparency",
            "Digital trade rules",
            "Data protection adequacy",
            "Water security",
            "Religious freedom",
            "Child labour in supply chains",
            "Ocean plastics",
            "Aviation safety",
            "Biological weapons convention",
            "Debt sustainability",
            "Forced labour in supply chains",
            "Quantum technology cooperation",
            "Satellite navigation",
            "Port state measures",
            "Disaster risk reduction",
            "Antimicrobial resistance");

    static final List<String> POINT_LABELS = List.of(
            "The concern",
            "The evidence",
            "What we ask",
            "Risks for your country",
            "Our commitment",
            "Working together",
            "Next steps",
            "Timeline");

    static final List<String> POINT_SENTENCES = List.of(
            "We are concerned that current practice exposes partners to risks they cannot easily see.",
            "Our information shows a pattern that has grown over the past two years.",
            "We ask your government to review its procedures and to share its assessment with us.",
            "Countries that act early avoid costly disruption later.",
            "We are ready to provide technical assistance and to share what we have learned.",
            "We propose a regular dialogue between experts of our two governments.",
            "We would welcome a point of contact for follow-up consultations.",
            "We hope to agree on a joint statement before the next ministerial meeting.");

    static final List<String> GIVEN_NAMES = List.of(
            "Amina", "Lars", "Mei", "Rafael", "Priya", "Tomasz", "Leila", "Kenji", "Sofia", "Daniel", "Aiko", "Mateo",
            "Nadia", "Olu", "Ingrid", "Hassan", "Camila", "Jonas", "Yuki", "Farah", "Pedro", "Elena", "Kwame", "Anya",
            "Marco", "Sun-hee", "Tariq", "Helena", "Ravi", "Zanele", "Luis", "Mira", "Ahmed", "Clara", "Jin", "Fatou",
            "Nikos", "Ana", "Omar", "Lucia", "Bao", "Chidi", "Dmitri", "Esra", "Gabriel", "Hana", "Ivan", "Jelena",
            "Karim", "Laila");

    static final List<String> SURNAMES = List.of(
            "Okafor",
            "Lindqvist",
            "Chen",
            "Silva",
            "Raman",
            "Nowak",
            "Haddad",
            "Tanaka",
            "Rossi",
            "Meyer",
            "Sato",
            "Fernandez",
            "Karimi",
            "Adeyemi",
            "Berg",
            "Mansour",
            "Lopez",
            "Weber",
            "Kato",
            "Aziz",
            "Costa",
            "Petrova",
            "Mensah",
            "Ivanova",
            "Bianchi",
            "Park",
            "Qureshi",
            "Novak",
            "Iyer",
            "Dlamini",
            "Garcia",
            "Horvat",
            "Saleh",
            "Dubois",
            "Kim",
            "Diallo",
            "Papadopoulos",
            "Santos",
            "Farouk",
            "Moreno",
            "Nguyen",
            "Osei",
            "Popescu",
            "Reyes",
            "Schmidt",
            "Takahashi",
            "Umar");

    record Position(String title, String organization, String level) {}

    static final List<Position> POSITIONS = List.of(
            new Position("Minister of Foreign Affairs", "Ministry of Foreign Affairs", "MINISTER"),
            new Position("Minister of Trade", "Ministry of Trade", "MINISTER"),
            new Position("Deputy Foreign Minister", "Ministry of Foreign Affairs", "DEPUTY_MINISTER"),
            new Position("Vice Minister of Economy", "Ministry of Economy", "DEPUTY_MINISTER"),
            new Position("Director-General for Multilateral Affairs", "Ministry of Foreign Affairs", "SENIOR_OFFICIAL"),
            new Position("Director, Americas Department", "Ministry of Foreign Affairs", "SENIOR_OFFICIAL"),
            new Position("Head of Security Policy", "Ministry of Defence", "SENIOR_OFFICIAL"),
            new Position("Deputy Director, Economic Affairs", "Ministry of Foreign Affairs", "SENIOR_OFFICIAL"),
            new Position("Counsellor", "Ministry of Foreign Affairs", "WORKING_LEVEL"),
            new Position("Desk Officer", "Ministry of Foreign Affairs", "WORKING_LEVEL"),
            new Position("Policy Adviser", "Office of the Prime Minister", "WORKING_LEVEL"),
            new Position("Chief Executive", "National Regulatory Agency", "OTHER"),
            new Position("National Security Adviser", "Office of the President", "HEAD_OF_STATE_OR_GOVERNMENT"));

    static final List<String> DELIVERERS = List.of(
            "Ambassador",
            "Deputy Chief of Mission",
            "Political Counselor",
            "Economic Officer",
            "Chargé d'affaires",
            "Consul General",
            "Political Officer");

    static final List<String> FOLLOW_UPS = List.of(
            "Send the non-paper promised in the meeting.",
            "Arrange an expert-level call with the ministry.",
            "Report the ministry's written reply.",
            "Invite the counterpart to the regional workshop.",
            "Share the technical briefing.",
            "Check whether the minister raised it at cabinet.",
            "Propose dates for consultations.");

    static final List<String> IN_PERSON_OPENINGS = List.of("met", "called on", "was received by");

    /** How a summary says the meeting took place, in its format. */
    static String opening(String format, SplittableRandom random) {
        return switch (format) {
            case "CALL" -> "spoke by phone with";
            case "VIDEO" -> "held a video call with";
            case "DIPLOMATIC_NOTE" -> "delivered a diplomatic note to";
            case "MULTILATERAL_MARGINS" -> "spoke on the margins of a multilateral meeting with";
            default -> pick(IN_PERSON_OPENINGS, random);
        };
    }

    static final List<String> RESPONSE_WORDS = List.of(
            "welcomed the approach and agreed to act",
            "listened with interest and asked for more detail",
            "took note without committing",
            "questioned the evidence and the urgency",
            "rejected the premise of the démarche",
            "promised a reply after consulting colleagues");

    static final List<String> CLOSINGS = List.of(
            "Post will follow up at working level next week.",
            "The ministry asked for the briefing in writing.",
            "No further action is planned for now.",
            "The counterpart suggested involving the ministry of economy.",
            "Post recommends a call at a higher level.",
            "A written reply is expected within a month.");

    static String name(SplittableRandom random) {
        return pick(GIVEN_NAMES, random) + " " + pick(SURNAMES, random);
    }

    static String pointText(SplittableRandom random) {
        return pick(POINT_SENTENCES, random) + " " + pick(POINT_SENTENCES, random);
    }

    /** A summary of 200 to 500 characters, as posts write them. */
    static String summary(
            String deliverer,
            String format,
            String counterpart,
            String country,
            String topic,
            int responseWord,
            SplittableRandom random) {
        var text = new StringBuilder(512);
        text.append(deliverer)
                .append(' ')
                .append(opening(format, random))
                .append(' ')
                .append(counterpart)
                .append(" in ")
                .append(country)
                .append(" on ")
                .append(topic.toLowerCase())
                .append(". The counterpart ")
                .append(RESPONSE_WORDS.get(responseWord))
                .append(". ");
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            text.append(pick(POINT_SENTENCES, random)).append(' ');
        }
        text.append(pick(CLOSINGS, random));
        return text.toString();
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
