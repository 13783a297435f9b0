package org.outreachtracker.demo;

import java.util.List;
import org.outreachtracker.campaign.PointDraft;
import org.outreachtracker.counterpart.CounterpartLevel;
import org.outreachtracker.meeting.OverallResponse;

/** The words of the demo data: campaigns, points, names and meeting summaries (all invented). */
final class DemoTexts {

    private DemoTexts() {}

    static final String AI_TITLE = "Warning on the extraction and distillation of proprietary AI models";
    static final String AI_CABLE = "DEMO 26 STATE 041187";
    static final String AI_OBJECTIVE = "Alert host governments that proprietary AI systems are being queried at"
            + " scale to extract their capabilities and train imitation (\"distilled\") models, explain the risks"
            + " of relying on such models, and prepare the ground for follow-up consultations on AI security.";

    static final List<PointDraft> AI_POINTS = List.of(
            new PointDraft(
                    "Extraction at scale",
                    "Proprietary AI models are being queried systematically, through networks of proxy accounts"
                            + " and other evasion techniques, to copy their know-how into competing models."),
            new PointDraft(
                    "What distillation hides",
                    "A distilled model can look competitive on selected benchmarks at a lower price, but it often"
                            + " lacks the full capabilities and the safety safeguards of the system it imitates."),
            new PointDraft(
                    "Procurement caution",
                    "We encourage your government to weigh these risks before adopting or procuring AI models of"
                            + " uncertain origin, including those offered by the companies named in our briefing."),
            new PointDraft(
                    "Protecting your own developers",
                    "The same extraction methods can be turned against models built by your own companies and"
                            + " research institutes; shared awareness protects everyone's investment."),
            new PointDraft(
                    "Next steps",
                    "We would welcome a point of contact for follow-up consultations, and intend to deepen"
                            + " cooperation with partners on AI security."));

    static final String WORKING_GROUP_TITLE = "Invitation to the working group on AI security";
    static final String WORKING_GROUP_CABLE = "DEMO 26 STATE 004410";
    static final String WORKING_GROUP_OBJECTIVE = "Invite selected partners to join an expert working group on the"
            + " security of AI models and ask each to name its experts; posts report by cable.";
    static final List<PointDraft> WORKING_GROUP_POINTS = List.of(
            new PointDraft(
                    "The invitation",
                    "We invite your government to join an expert working group on the security of AI models,"
                            + " meeting quarterly from next year."),
            new PointDraft(
                    "What we ask",
                    "We would welcome the names of one or two experts from your cyber agency or research"
                            + " institutes before the group's first meeting."),
            new PointDraft(
                    "Why it matters",
                    "Shared methods for detecting the extraction of models protect every member's own"
                            + " developers and public buyers."));

    static final String MINERALS_TITLE = "Critical minerals supply chains";
    static final String MINERALS_CABLE = "DEMO 26 STATE 008842";
    static final String MINERALS_OBJECTIVE = "Encourage diversified and transparent supply chains for critical"
            + " minerals and invite partners to a working group on processing capacity.";
    static final List<PointDraft> MINERALS_POINTS = List.of(
            new PointDraft(
                    "Concentration risk",
                    "Processing of several critical minerals is concentrated in very few places, which exposes"
                            + " every importer to sudden restrictions."),
            new PointDraft(
                    "Transparent investment",
                    "We support investment in extraction and processing that meets high standards of"
                            + " transparency, labour rights and environmental protection."),
            new PointDraft(
                    "Working group invitation",
                    "We invite your government to join a technical working group on processing capacity."));

    static final List<String> GIVEN_NAMES = List.of(
            "Amina", "Lars", "Mei", "Rafael", "Priya", "Tomasz", "Leila", "Kenji", "Sofia", "Daniel", "Aiko", "Mateo",
            "Nadia", "Olu", "Ingrid", "Hassan", "Camila", "Jonas", "Yuki", "Farah", "Pedro", "Elena", "Kwame", "Anya",
            "Marco", "Sun-hee", "Tariq", "Helena", "Ravi", "Zanele", "Luis", "Mira", "Ahmed", "Clara", "Jin", "Fatou",
            "Nikos", "Ana", "Omar", "Lucia");
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
            "Moreno");

    record Position(String title, String organization, CounterpartLevel level) {}

    static final List<Position> POSITIONS = List.of(
            new Position("Minister of Foreign Affairs", "Ministry of Foreign Affairs", CounterpartLevel.MINISTER),
            new Position("Minister for Digital Affairs", "Ministry of Digital Affairs", CounterpartLevel.MINISTER),
            new Position("Deputy Foreign Minister", "Ministry of Foreign Affairs", CounterpartLevel.DEPUTY_MINISTER),
            new Position(
                    "Vice Minister for Science and Technology",
                    "Ministry of Science and Technology",
                    CounterpartLevel.DEPUTY_MINISTER),
            new Position(
                    "Director-General for Technology Policy",
                    "Ministry of Foreign Affairs",
                    CounterpartLevel.SENIOR_OFFICIAL),
            new Position(
                    "Head of Cyber and Emerging Technologies",
                    "Ministry of Foreign Affairs",
                    CounterpartLevel.SENIOR_OFFICIAL),
            new Position(
                    "Director, National AI Strategy", "Office of the Prime Minister", CounterpartLevel.SENIOR_OFFICIAL),
            new Position(
                    "Deputy Director, Digital Security",
                    "National Cybersecurity Agency",
                    CounterpartLevel.SENIOR_OFFICIAL),
            new Position(
                    "Counsellor, Emerging Technologies", "Ministry of Foreign Affairs", CounterpartLevel.WORKING_LEVEL),
            new Position("Desk Officer, North America", "Ministry of Foreign Affairs", CounterpartLevel.WORKING_LEVEL),
            new Position(
                    "Policy Adviser, Artificial Intelligence",
                    "Ministry of Digital Affairs",
                    CounterpartLevel.WORKING_LEVEL),
            new Position("Chief Executive", "National AI Agency", CounterpartLevel.OTHER),
            new Position(
                    "National Security Adviser",
                    "Office of the President",
                    CounterpartLevel.HEAD_OF_STATE_OR_GOVERNMENT));

    static String summary(String counterpart, String country, OverallResponse response, boolean minerals) {
        String topic = minerals
                ? "critical minerals supply chains"
                : "the extraction and distillation of proprietary AI models";
        String opening = "Delivered the points on " + topic + " to " + counterpart + ". ";
        String body = switch (response == null ? "PENDING" : response.name()) {
            case "SUPPORTIVE" ->
                "The counterpart shared our concern, said " + country
                        + " had seen similar activity, and offered to brief their own agencies.";
            case "RECEPTIVE" ->
                "The counterpart listened with interest, asked how distilled models can be"
                        + " recognised, and promised to pass the message to the relevant ministry.";
            case "NONCOMMITTAL" ->
                "The counterpart took note without taking a position and said the government"
                        + " was still forming its view on AI procurement.";
            case "SKEPTICAL" ->
                "The counterpart questioned the evidence and noted that lower-cost models help"
                        + " their public services; they asked for specific examples.";
            case "REJECTED" ->
                "The counterpart rejected the premise, calling it a commercial dispute, and said" + " " + country
                        + " would not restrict any supplier.";
            default -> "The counterpart said they would consult colleagues and reply after internal discussion.";
        };
        return opening + body;
    }

    static String quote(OverallResponse response) {
        if (response == null) {
            return null;
        }
        return switch (response) {
            case SUPPORTIVE -> "We have seen the same pattern and we will act on it.";
            case SKEPTICAL -> "Show us the evidence and we will look at it.";
            case REJECTED -> "This is a matter between companies, not governments.";
            default -> null;
        };
    }

    /**
     * The AI campaign's second version of its points, issued once hosts had asked for evidence and
     * for a concrete request: as many points as the first version, two of them reworded.
     */
    static final List<PointDraft> AI_POINTS_REVISED = List.of(
            AI_POINTS.get(0),
            AI_POINTS.get(1),
            new PointDraft(
                    "Evidence we can share",
                    "We can brief your experts, in confidence, on the traffic patterns and account networks we"
                            + " have observed, so that your own procurement decisions rest on evidence."),
            AI_POINTS.get(3),
            new PointDraft(
                    "A named point of contact",
                    "We ask your government to name a point of contact on AI security within a month, so that"
                            + " follow-up consultations can start before the next ministerial meeting."));

    /** Days after the AI campaign's issue date on which its revised points reached posts. */
    static final int AI_POINTS_REVISED_AFTER_DAYS = 45;

    /** The objections the AI campaign tells posts to expect. */
    static final List<String> AI_OBJECTIONS = List.of(
            "This is protectionism dressed up as security",
            "No evidence has been offered that distillation happens here",
            "Our companies are not involved",
            "This is a matter for industry, not governments");

    /** Objections counterparts raised that the campaign did not list, in the officers' words. */
    static final List<String> UNEXPECTED_OBJECTIONS = List.of(
            "Your own firms trained their models on data taken without consent",
            "Export controls already cover this",
            "We cannot act before the regional body has a common position");

    /** What counterparts committed to. */
    static final List<String> COMMITMENTS = List.of(
            "Will review the procurement guidance for AI models",
            "Will raise distillation with the national cyber agency",
            "Will name a contact point for reports of model extraction",
            "Will consider joining the statement at the next ministerial",
            "Will share the regulator's findings on model copying");

    static final List<String> FOLLOW_UPS = List.of(
            "Send the non-paper on distillation indicators",
            "Arrange an expert briefing with the cyber agency",
            "Share the list of named companies through the usual channel",
            "Propose dates for follow-up consultations",
            "Report the counterpart's questions to the functional bureau",
            "Invite the counterpart to the AI security workshop");
}
